import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes guidance-desk.ico (Windows) and guidance-desk.icns (macOS) from the PNG renders in
 * this folder, for the installers. Both formats can hold PNG images as they are, so nothing is
 * re-drawn: the .ico holds the 16, 32, 48, 64, 128 and 256 px PNGs (PNG entries, read by
 * Windows Vista and later), the .icns the 16, 32, 64, 128 and 256 px ones and the 256 px again
 * as 128@2x (icp4, icp5, icp6, ic07, ic08, ic13).
 *
 * <pre>java icons/IconFiles.java icons</pre>
 *
 * Run it again after the PNGs change, and commit the two files with them.
 */
public final class IconFiles {
    private static final int[] ICO_SIZES = {16, 32, 48, 64, 128, 256};
    private static final String[][] ICNS_ENTRIES = {
        {"icp4", "16"}, {"icp5", "32"}, {"icp6", "64"}, {"ic07", "128"}, {"ic08", "256"}, {"ic13", "256"},
    };

    private IconFiles() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        Files.write(dir.resolve("guidance-desk.ico"), ico(dir));
        Files.write(dir.resolve("guidance-desk.icns"), icns(dir));
    }

    private static byte[] png(Path dir, int size) throws IOException {
        return Files.readAllBytes(dir.resolve("guidance-desk-" + size + ".png"));
    }

    /** ICONDIR, then an ICONDIRENTRY a size, then the PNGs; little-endian. */
    static byte[] ico(Path dir) throws IOException {
        byte[][] images = new byte[ICO_SIZES.length][];
        int offset = 6 + 16 * ICO_SIZES.length;
        ByteBuffer head = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        head.putShort((short) 0).putShort((short) 1).putShort((short) ICO_SIZES.length);
        for (int i = 0; i < ICO_SIZES.length; i++) {
            images[i] = png(dir, ICO_SIZES[i]);
            int side = ICO_SIZES[i] == 256 ? 0 : ICO_SIZES[i]; // 0 stands for 256
            head.put((byte) side).put((byte) side).put((byte) 0).put((byte) 0);
            head.putShort((short) 1).putShort((short) 32);
            head.putInt(images[i].length).putInt(offset);
            offset += images[i].length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(head.array());
        for (byte[] image : images) {
            out.write(image);
        }
        return out.toByteArray();
    }

    /** 'icns' and the total length, then each entry's type, length (its 8 header bytes included) and PNG; big-endian. */
    static byte[] icns(Path dir) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream entries = new DataOutputStream(body);
        for (String[] entry : ICNS_ENTRIES) {
            byte[] image = png(dir, Integer.parseInt(entry[1]));
            entries.writeBytes(entry[0]);
            entries.writeInt(8 + image.length);
            entries.write(image);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream file = new DataOutputStream(out);
        file.writeBytes("icns");
        file.writeInt(8 + body.size());
        body.writeTo(file);
        return out.toByteArray();
    }
}
