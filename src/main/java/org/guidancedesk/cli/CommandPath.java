package org.guidancedesk.cli;

import java.util.Arrays;
import java.util.Optional;
import picocli.CommandLine.Command;

/**
 * The one command a command line names (`report weekly`, `demo`), found from the commands'
 * annotations before picocli builds anything: picocli builds the model of every command and
 * option of the tree it is given, a fifth of a second before `report weekly` did any work, so
 * a line that names a command outright gets that command alone, under its full name ("guidance-desk
 * report weekly", for its help and its usage errors). Anything else — no command, a group
 * without its command (`report`), an unknown word, an option before the command — gets the
 * whole tree, whose messages list what there is.
 *
 * @param command the command's class
 * @param name    its full name, as picocli's help and errors print it
 * @param rest    the arguments after its name
 */
record CommandPath(Class<?> command, String name, String[] rest) {

    static Optional<CommandPath> of(Class<?> root, String... args) {
        Class<?> at = root;
        String name = root.getAnnotation(Command.class).name();
        for (int i = 0; i < args.length; i++) {
            Optional<Class<?>> sub = subcommand(at, args[i]);
            if (sub.isEmpty()) {
                return Optional.empty();
            }
            at = sub.get();
            name = name + " " + args[i];
            if (at.getAnnotation(Command.class).subcommands().length == 0) {
                return Optional.of(new CommandPath(at, name, Arrays.copyOfRange(args, i + 1, args.length)));
            }
        }
        return Optional.empty();
    }

    private static Optional<Class<?>> subcommand(Class<?> parent, String word) {
        return Arrays.stream(parent.getAnnotation(Command.class).subcommands())
                .filter(c -> c.getAnnotation(Command.class).name().equals(word)).findFirst();
    }
}
