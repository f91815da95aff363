import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Builds the installable program from target/guidance-desk.jar; {@code mvn -Ppackage package}
 * runs it with the packaging JDK's own java (JDK 25 or later, whose jlink and jpackage it uses):
 * <ol>
 * <li>checks the modules to link against what jdeps finds the jar using;</li>
 * <li>links a trimmed runtime of those modules (jlink, from the JDK's run-time image when it has
 *     no jmods, as Temurin 25 has none);</li>
 * <li>makes the app image (jpackage --type app-image) in target/dist: the launcher, the runtime,
 *     the jar with JavaFX inside on the class path, the icon, and java options that map the AOT
 *     cache;</li>
 * <li>makes the AOT cache (JEPs 483/514/515) from a training run (org.guidancedesk.cli.TrainingRun)
 *     with the image's own runtime, jar and options, and checks that the launcher maps it;</li>
 * <li>makes this system's installer from the image: .deb (Linux), .msi (Windows), .dmg (macOS),
 *     with jpackage's own options.</li>
 * </ol>
 * <pre>java src/packaging/Packager.java --basedir DIR --version V --modules M[,M…] [--type auto|deb|rpm|msi|exe|dmg|pkg|none]</pre>
 * One file with no dependencies, so it runs as a source file on any system the JDK runs on.
 */
public final class Packager {
    static final String NAME = "GuidanceDesk";
    static final String JAR = "guidance-desk.jar";
    static final String CACHE = "guidance-desk.aot";
    static final String MAIN = "org.guidancedesk.Main";
    static final String TRAINING = "org.guidancedesk.cli.TrainingRun";
    static final String DESCRIPTION = "指导组工作台 GuidanceDesk: the secretary's desk of a guidance group";
    /** The Linux package's install folder: the postinst names the jar inside it. */
    static final String LINUX_INSTALL_DIR = "/opt";
    /**
     * The launcher's java options, the training's too (the cache is made for them): SQLite's and
     * JavaFX's native libraries load, and JavaFX 21's rasterizer allocates with sun.misc.Unsafe,
     * without JDK 25's warnings on every start. The client compiler only and the serial
     * collector: on an office PC's two cores, tiered compilation's profiling code and the server
     * compiler's threads competed with the first frame (installed start-up 1.13 → 0.78 s for the
     * demo, 1.90 → 1.57 s for the large group, a fresh `report weekly` 0.85 → 0.58 s, resident
     * memory of the large group 644 → 317 MB), at the price of slower hot loops once warm (the
     * large group's weekly sheet 199 → 415 ms, its overview 220 → 336 ms; docs/benchmarks.md).
     */
    static final List<String> JAVA_OPTIONS = List.of("--enable-native-access=ALL-UNNAMED",
            "--sun-misc-unsafe-memory-access=allow", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /** Found by jdeps but left out: JavaFX's JFR pulse logger, which does without it. */
    static final Set<String> OPTIONAL_MODULES = Set.of("jdk.jfr");
    /** Keeps Windows' upgrades replacing the installed program instead of adding a second one. */
    static final String WINDOWS_UPGRADE_UUID = "6f1d3e0a-4b57-4c1e-9a39-3c2f5e0b7d21";

    enum Os { LINUX, WINDOWS, MAC }

    /** Where jpackage puts each part of the app image on each system. */
    record Layout(Path image, Path appDir, Path java, Path launcher) {
        static Layout of(Os os, Path dist) {
            return switch (os) {
                case LINUX -> {
                    Path image = dist.resolve(NAME);
                    yield new Layout(image, image.resolve("lib/app"), image.resolve("lib/runtime/bin/java"),
                            image.resolve("bin/" + NAME));
                }
                case WINDOWS -> {
                    Path image = dist.resolve(NAME);
                    yield new Layout(image, image.resolve("app"), image.resolve("runtime/bin/java.exe"),
                            image.resolve(NAME + ".exe"));
                }
                case MAC -> {
                    Path image = dist.resolve(NAME + ".app");
                    yield new Layout(image, image.resolve("Contents/app"),
                            image.resolve("Contents/runtime/Contents/Home/bin/java"), image.resolve("Contents/MacOS/" + NAME));
                }
            };
        }
    }

    private final Path base;
    private final String version;
    private final List<String> modules;
    private final Os os;
    private final Path jdk = Path.of(System.getProperty("java.home"));
    private final Path work;
    private final Path dist;

    private Packager(Path base, String version, List<String> modules, Os os) {
        this.base = base;
        this.version = version;
        this.modules = modules;
        this.os = os;
        this.work = base.resolve("target/package-work");
        this.dist = base.resolve("target/dist");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        if (Runtime.version().feature() < 25) {
            fail("packaging needs JDK 25 or later (its AOT cache), this is " + Runtime.version() + " at "
                    + System.getProperty("java.home") + ": mvn -Ppackage -Dpackage.jdk=/path/to/jdk-25 package");
        }
        Os os = currentOs();
        Packager p = new Packager(Path.of(options.get("basedir")).toAbsolutePath(), options.get("version"),
                Arrays.asList(options.get("modules").split(",")), os);
        String type = options.getOrDefault("type", "auto");
        p.run("auto".equals(type) ? defaultType(os) : type);
    }

    private void run(String installerType) throws Exception {
        Path jar = base.resolve("target/" + JAR);
        if (!Files.isRegularFile(jar)) {
            fail(jar + " is missing: the profile runs after the shaded jar is made");
        }
        deleteTree(work);
        deleteTree(dist);
        Files.createDirectories(work.resolve("input"));
        Files.copy(jar, work.resolve("input/" + JAR));

        checkModules(jar);
        Path runtime = work.resolve("runtime");
        long t = System.nanoTime();
        exec(tool("jlink"), "--add-modules", String.join(",", modules), "--include-locales=en,zh",
                "--strip-debug", "--no-header-files", "--no-man-pages", "--output", runtime.toString());
        say("runtime linked: " + String.join(",", modules) + ", " + mb(sizeOf(runtime)) + since(t));

        Layout layout = Layout.of(os, dist);
        t = System.nanoTime();
        exec(appImage(runtime));
        say("app image: " + layout.image() + since(t));

        train(layout);
        checkCache(layout);
        say("app image with its cache: " + mb(sizeOf(layout.image())));

        if (!"none".equals(installerType)) {
            t = System.nanoTime();
            exec(installer(installerType, layout));
            try (Stream<Path> made = Files.list(dist)) {
                for (Path f : made.filter(Files::isRegularFile).toList()) {
                    say("installer: " + f + ", " + mb(Files.size(f)) + since(t));
                }
            }
        }
    }

    /** jdeps names what the jar's classes refer to; each must be linked unless known to be optional. */
    private void checkModules(Path jar) throws Exception {
        String found = capture(tool("jdeps"), "--multi-release", "17", "--ignore-missing-deps", "-q",
                "--print-module-deps", jar.toString()).trim();
        Set<String> missing = new LinkedHashSet<>(Arrays.asList(found.split(",")));
        missing.removeAll(modules);
        missing.removeAll(OPTIONAL_MODULES);
        if (!missing.isEmpty()) {
            fail("the jar uses modules the runtime would lack: " + missing + " (jdeps: " + found
                    + "); add them to package.modules in pom.xml");
        }
    }

    private List<String> appImage(Path runtime) {
        List<String> cmd = new ArrayList<>(List.of(tool("jpackage"), "--type", "app-image", "--name", NAME,
                "--app-version", version, "--description", DESCRIPTION, "--vendor", NAME,
                "--dest", dist.toString(), "--input", work.resolve("input").toString(),
                "--main-jar", JAR, "--main-class", MAIN, "--runtime-image", runtime.toString(),
                "--icon", icon().toString()));
        for (String option : JAVA_OPTIONS) {
            cmd.addAll(List.of("--java-options", option));
        }
        // $APPDIR is the launcher's own app folder wherever the program is installed.
        cmd.addAll(List.of("--java-options", "-XX:AOTCache=$APPDIR/" + CACHE));
        return cmd;
    }

    private Path icon() {
        return base.resolve(switch (os) {
            case LINUX -> "icons/guidance-desk-256.png";
            case WINDOWS -> "icons/guidance-desk.ico";
            case MAC -> "icons/guidance-desk.icns";
        });
    }

    /**
     * Runs the training with the image's runtime and jar (the cache is valid only for the jar it
     * was made with, by path, size and time) and the launcher's options. The jar's time is set to
     * a whole, even second first: installers that keep file times (a .dmg copied by the Finder, a
     * cabinet's 2-second times in an .msi) keep it exactly, and the .deb's postinst sets it back.
     */
    private void train(Layout layout) throws Exception {
        Path jar = layout.appDir().resolve(JAR);
        long even = Instant.now().getEpochSecond() / 2 * 2;
        Files.setLastModifiedTime(jar, FileTime.from(even, TimeUnit.SECONDS));
        List<String> cmd = new ArrayList<>(List.of(layout.java().toString(),
                "-XX:AOTCacheOutput=" + layout.appDir().resolve(CACHE),
                // Its own list of skipped classes (old picocli bytecode, proxies) is long and harmless.
                "-Xlog:aot=error", "-Xlog:aot+resolve=error"));
        cmd.addAll(JAVA_OPTIONS);
        cmd.addAll(List.of("-cp", jar.toString(), TRAINING));
        long t = System.nanoTime();
        exec(cmd);
        say("AOT cache: " + mb(Files.size(layout.appDir().resolve(CACHE))) + " from the training run" + since(t));
    }

    /** The launcher must map the cache: -XX:AOTMode=on makes the JVM refuse to start if it cannot. */
    private void checkCache(Layout layout) throws Exception {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("JAVA_TOOL_OPTIONS", "-XX:AOTMode=on");
        String said = capture(env, layout.launcher().toString(), "--version");
        if (!said.contains(version)) {
            fail("the launcher did not start with its AOT cache: " + said);
        }
        say("the launcher maps its AOT cache: " + said.lines().filter(l -> l.contains(version)).findFirst().orElse(""));
    }

    private List<String> installer(String type, Layout layout) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(tool("jpackage"), "--type", type, "--app-image",
                layout.image().toString(), "--name", NAME, "--app-version", version, "--description", DESCRIPTION,
                "--vendor", NAME, "--dest", dist.toString()));
        switch (os) {
            case LINUX -> {
                // --linux-shortcut makes jpackage write the .desktop file from our template.
                cmd.addAll(List.of("--resource-dir", linuxResources(layout).toString(), "--install-dir", LINUX_INSTALL_DIR,
                        "--linux-shortcut", "--linux-menu-group", "Office", "--linux-app-category", "office",
                        // GTK for the window, a Chinese font for its text; the rest jpackage finds itself.
                        "--linux-package-deps", "libgtk-3-0, fonts-wqy-microhei | fonts-wqy-zenhei | fonts-noto-cjk"));
            }
            case WINDOWS -> cmd.addAll(List.of("--win-menu", "--win-menu-group", NAME, "--win-shortcut",
                    "--win-dir-chooser", "--win-upgrade-uuid", WINDOWS_UPGRADE_UUID,
                    "--add-launcher", "guidance-desk=" + base.resolve("src/packaging/windows/console-launcher.properties"),
                    "--icon", icon().toString()));
            case MAC -> cmd.addAll(List.of("--mac-package-name", NAME, "--mac-package-identifier", "org.guidancedesk",
                    "--icon", icon().toString()));
        }
        return cmd;
    }

    /**
     * The menu entry (named 指导组工作台 in Chinese), and postinst and prerm scripts that put it in
     * /usr/share/applications and take it away, and give the installed jar back the time the AOT
     * cache was made for (dpkg installs files with the time jpackage copied them).
     */
    private Path linuxResources(Layout layout) throws IOException {
        Path dir = Files.createDirectories(work.resolve("resources"));
        Path src = base.resolve("src/packaging/linux");
        Files.copy(src.resolve(NAME + ".desktop"), dir.resolve(NAME + ".desktop"));
        String pkg = NAME.toLowerCase(Locale.ROOT);
        String installed = LINUX_INSTALL_DIR + "/" + pkg;
        Map<String, String> fill = Map.of(
                "@JAR@", installed + "/lib/app/" + JAR,
                "@JAR_SECONDS@", Long.toString(Files.getLastModifiedTime(layout.appDir().resolve(JAR)).to(TimeUnit.SECONDS)),
                // jpackage's own name for the entry it writes into the image from our template
                "@DESKTOP_FILE@", installed + "/lib/" + pkg + "-" + NAME + ".desktop",
                "@MENU_ENTRY@", "/usr/share/applications/" + pkg + ".desktop");
        for (String script : List.of("postinst", "prerm")) {
            String text = Files.readString(src.resolve(script), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> e : fill.entrySet()) {
                text = text.replace(e.getKey(), e.getValue());
            }
            Files.writeString(dir.resolve(script), text, StandardCharsets.UTF_8);
        }
        return dir;
    }

    private static String defaultType(Os os) {
        return switch (os) {
            case LINUX -> onPath("dpkg-deb") ? "deb" : onPath("rpmbuild") ? "rpm" : "none";
            case WINDOWS -> "msi";
            case MAC -> "dmg";
        };
    }

    private static Os currentOs() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return name.startsWith("windows") ? Os.WINDOWS : name.startsWith("mac") ? Os.MAC : Os.LINUX;
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, command)));
    }

    private String tool(String name) {
        return jdk.resolve("bin").resolve(os == Os.WINDOWS ? name + ".exe" : name).toString();
    }

    private static void exec(String... cmd) throws Exception {
        exec(List.of(cmd));
    }

    private static void exec(List<String> cmd) throws Exception {
        int code = new ProcessBuilder(cmd).inheritIO().start().waitFor();
        if (code != 0) {
            fail(String.join(" ", cmd) + " exited " + code);
        }
    }

    private static String capture(String... cmd) throws Exception {
        return capture(System.getenv(), cmd);
    }

    private static String capture(Map<String, String> env, String... cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            fail(String.join(" ", cmd) + " exited " + p.exitValue() + ": " + out);
        }
        return out;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                fail("expected --name value pairs, found " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        for (String required : List.of("basedir", "version", "modules")) {
            if (!options.containsKey(required)) {
                fail("--" + required + " is required");
            }
        }
        return options;
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    private static String since(long nanos) {
        return String.format(Locale.ROOT, " (%.1f s)", (System.nanoTime() - nanos) / 1e9);
    }

    private static void say(String line) {
        System.out.println("[package] " + line);
    }

    private static void fail(String why) {
        System.err.println("[package] " + why);
        System.exit(1);
    }
}
