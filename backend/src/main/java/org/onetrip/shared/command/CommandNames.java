package org.onetrip.shared.command;

import java.util.Locale;

/** A command as the words a refusal's detail uses for it: {@code AcceptCaseCommand} is "accept case". */
public final class CommandNames {

    private CommandNames() {}

    public static String action(Object command) {
        return words(command.getClass().getSimpleName());
    }

    /** {@code AcceptCaseCommand} as "accept case". */
    public static String words(String commandClassName) {
        return commandClassName
                .replaceFirst("Command$", "")
                .replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ")
                .toLowerCase(Locale.ROOT);
    }
}
