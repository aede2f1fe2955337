package org.onetrip.disclosure.api;

/**
 * One item: its current version, or {@code version} when given. The public ({@code staff} false)
 * never sees a draft; staff also get the editor's check of the current content.
 */
public record FindServiceItemQuery(String itemCode, Integer version, boolean staff) {}
