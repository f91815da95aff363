package org.guidancedesk.ui.help;

import java.nio.file.Path;

/**
 * Where this machine keeps things, as the guide names them.
 *
 * @param file    the open database file, or null when none is open
 * @param backups the folder of its backups (of all backups when no file is open)
 * @param data    the program's data folder
 */
public record HelpPaths(Path file, Path backups, Path data) {}
