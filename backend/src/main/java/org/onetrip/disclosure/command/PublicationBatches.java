package org.onetrip.disclosure.command;

/** Which batch names are in use; batch names are unique so "第一批" means one thing. */
@FunctionalInterface
public interface PublicationBatches {
    boolean nameTaken(String batchName);
}
