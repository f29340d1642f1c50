package org.previrt.cli;

import java.util.List;

/** The registry of subcommands, in the order {@code --help} lists them. */
final class Commands {
    private Commands() {
    }

    static List<Command> all() {
        return List.of(
                new GenerateCommand(),
                new VectorsCommand(),
                new AuditCommand(),
                new ListCommand(),
                new SitesCommand(),
                new RewriteCommand(),
                new MonitorCommand(),
                new BinutilsCommand());
    }
}
