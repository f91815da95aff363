package org.guidancedesk.report.pdf;

import java.util.EnumMap;
import java.util.Map;

/**
 * The faces a sheet is set in, one chain per {@link FontRole}. Found once per process (the
 * first render, or {@link SheetPdf#preload()}); {@link #bundledOnly()} for tests that must not
 * depend on the machine.
 */
final class Fonts {
    private static volatile Fonts system;

    private final Map<FontRole, FaceChain> chains;

    Fonts(Map<FontRole, FaceChain> chains) {
        this.chains = new EnumMap<>(chains);
        for (FontRole role : FontRole.values()) {
            if (!this.chains.containsKey(role)) {
                throw new IllegalArgumentException("no face for " + role);
            }
        }
    }

    /** Every role in the bundled face. */
    static Fonts bundledOnly() {
        Map<FontRole, FaceChain> chains = new EnumMap<>(FontRole.class);
        FaceChain bundled = FaceChain.bundledOnly();
        for (FontRole role : FontRole.values()) {
            chains.put(role, bundled);
        }
        return new Fonts(chains);
    }

    /** The user's own faces where the system has them, looked for once. */
    static Fonts system() {
        Fonts f = system;
        if (f == null) {
            synchronized (Fonts.class) {
                f = system;
                if (f == null) {
                    f = SystemFonts.fromSystem();
                    system = f;
                }
            }
        }
        return f;
    }

    FaceChain of(FontRole role) {
        return chains.get(role);
    }
}
