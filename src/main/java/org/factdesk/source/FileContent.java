package org.factdesk.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.factdesk.base.RefusedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bytes of attached files, in parts of at most {@link #PART} bytes (V39): written from a stream and read back as
 * one, a part at a time, so neither an upload nor a download holds a whole file in memory. Writing joins the caller's
 * transaction; reading needs none (a file's parts never change once written).
 */
@Component
class FileContent {

    static final int PART = 1024 * 1024;

    private final JdbcClient jdbc;

    FileContent(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** What was written: how many bytes and their SHA-256. */
    record Written(long size, String sha256) {
    }

    /** Writes the stream's bytes as the file's parts; refuses (and the transaction rolls back) beyond {@code max}. */
    Written write(long fileId, InputStream in, long max) {
        MessageDigest digest = sha256();
        try (DigestInputStream content = new DigestInputStream(in, digest)) {
            long size = 0;
            int part = 0;
            while (true) {
                byte[] bytes = content.readNBytes(PART);
                if (bytes.length == 0) {
                    break;
                }
                size += bytes.length;
                if (size > max) {
                    throw new RefusedException(null, "source.file.error.too-large");
                }
                jdbc.sql("insert into source_file_part (file_id, part_no, content) values (?, ?, ?)")
                        .params(fileId, part++, bytes).update();
            }
            return new Written(size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's content, fetching one part whenever the previous one has been read. */
    InputStream read(long fileId) {
        return new InputStream() {
            private byte[] current = new byte[0];
            private int offset;
            private int next;
            private boolean ended;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] target, int from, int length) {
                if (length == 0) {
                    return 0;
                }
                while (offset == current.length) {
                    if (ended || !fetch()) {
                        ended = true;
                        return -1;
                    }
                }
                int count = Math.min(length, current.length - offset);
                System.arraycopy(current, offset, target, from, count);
                offset += count;
                return count;
            }

            private boolean fetch() {
                List<byte[]> found = jdbc.sql("select content from source_file_part where file_id = ? and part_no = ?")
                        .params(fileId, next).query((row, index) -> row.getBytes(1)).list();
                if (found.isEmpty()) {
                    return false;
                }
                current = found.getFirst();
                offset = 0;
                next++;
                return true;
            }
        };
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
