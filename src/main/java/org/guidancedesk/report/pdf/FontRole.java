package org.guidancedesk.report.pdf;

import java.util.List;
import java.util.stream.Stream;

/**
 * What a piece of text is on the page, and the faces an office document sets it in (GB/T 9704
 * habits): the title in 小标宋 (else 宋体), 一、 headings in 黑体, （一） headings in 楷体, running
 * text in 仿宋, tables in 宋体. Each role lists the font files of those faces as Windows and
 * macOS name them, and the face to take from a collection.
 */
enum FontRole {
    TITLE(Stream.concat(Files.XIAO_BIAO_SONG.stream(), Stream.of("simsun.ttc", "simsun.ttf", "STSONG.TTF", "Songti.ttc")).toList(),
            List.of("SimSun", "STSong", "STSongti-SC-Regular")),
    HEADING(List.of("simhei.ttf", "STHEITI.TTF", "STHeiti Medium.ttc"), List.of("SimHei", "STHeitiSC-Medium")),
    SUBHEADING(List.of("simkai.ttf", "STKAITI.TTF", "Kaiti.ttc"), List.of("KaiTi", "STKaiti", "STKaitiSC-Regular")),
    BODY(List.of("simfang.ttf", "STFANGSO.TTF", "Fangsong.ttf"), List.of("FangSong", "STFangsong")),
    TABLE(List.of("simsun.ttc", "simsun.ttf", "STSONG.TTF", "Songti.ttc"), List.of("SimSun", "STSong", "STSongti-SC-Regular"));

    /** Font files by name, shared between roles. */
    static final class Files {
        /** 方正小标宋简体 as its files are named: the title's face when the system has it. */
        static final List<String> XIAO_BIAO_SONG = List.of("FZXBSJW.TTF", "方正小标宋简体.TTF", "FZXiaoBiaoSong-B05S.ttf");

        private Files() {}
    }

    private final List<String> files;
    private final List<String> faces;

    FontRole(List<String> files, List<String> faces) {
        this.files = files;
        this.faces = faces;
    }

    /** The font files to look for, best first (matched without regard to case). */
    List<String> files() {
        return files;
    }

    /** The faces to take from a collection (.ttc), best first; else its first face. */
    List<String> faces() {
        return faces;
    }
}
