package org.factdesk.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.factdesk.base.RefusedException;
import org.factdesk.claim.ActivityEntry;
import org.factdesk.claim.ClaimFixture;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sources without an address and the files attached to sources (decision 021), with real files: a PDF written by
 * OpenPDF, a PNG written by ImageIO, and a Windows program renamed {@code .pdf}, which its content gives away.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
class SourceFileServiceTest {

    @Autowired
    SourceService sources;
    @Autowired
    SourceFileService files;
    @Autowired
    SourceRepository sourceRows;
    @Autowired
    ClaimService claims;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entityManager;
    @Autowired
    Clock clock;

    @Test
    @WithUserDetails("editor")
    void an_interview_is_recorded_without_an_address_and_a_news_report_still_needs_one() {
        long claim = claim();

        long id = sources.add(claim, interview());

        SourceItem item = sources.list(claim).getFirst();
        assertThat(item.id()).isEqualTo(id);
        assertThat(item.url()).isNull();
        assertThat(item.kind()).isEqualTo(SourceKind.INTERVIEW);
        assertThat(item.archiving()).as("nothing to fetch").isFalse();
        assertThat(claims.history(claim).getFirst().after()).isEqualTo("Entretien avec la directrice de l’Insee");
        assertThat(violations(() -> sources.add(claim, new SourceData(" ", "Article", null, SourceKind.NEWS_REPORT,
                null, null, Reliability.UNKNOWN, null)))).containsExactly("url");
        assertThatThrownBy(() -> sources.archive(id)).isInstanceOfSatisfying(RefusedException.class,
                refusal -> assertThat(refusal.key()).isEqualTo("source.error.no-address"));
    }

    @Test
    @WithUserDetails("editor")
    void a_pdf_and_a_png_are_kept_with_their_name_type_size_and_sha256_and_come_back_byte_for_byte() throws Exception {
        long claim = claim();
        byte[] pdf = pdf();
        byte[] png = png();

        long id = sources.add(claim, interview(), List.of(file("notes d’entretien.pdf", pdf),
                file("C:\\Users\\marie\\capture.png", png)));

        List<SourceFileItem> attached = sources.list(claim).getFirst().files();
        assertThat(attached).extracting(SourceFileItem::name).containsExactly("notes d’entretien.pdf",
                "capture.png");
        assertThat(attached).extracting(SourceFileItem::contentType).containsExactly("application/pdf",
                "image/png");
        assertThat(attached).extracting(SourceFileItem::size).containsExactly((long) pdf.length, (long) png.length);
        assertThat(attached).extracting(SourceFileItem::sha256).containsExactly(sha256(pdf), sha256(png));
        FileDownload download = files.download(attached.getFirst().id()).orElseThrow();
        try (InputStream in = download.content()) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(claims.history(claim)).extracting(ActivityEntry::action)
                .containsSubsequence("source.file-added", "source.file-added", "source.added");
        assertThat(id).isPositive();
    }

    @Test
    @WithUserDetails("editor")
    void a_file_larger_than_one_part_is_streamed_in_parts_and_read_back_whole() throws Exception {
        long claim = claim();
        long id = sources.add(claim, interview());
        byte[] text = "Compte rendu de l’entretien.\n".repeat(50_000).getBytes(StandardCharsets.UTF_8);

        SourceFileItem item = files.attach(id, file("compte-rendu.txt", text));

        assertThat(text.length).isGreaterThan(FileContent.PART);
        assertThat(jdbc.queryForObject("select count(*) from source_file_part where file_id = ?", Integer.class,
                item.id())).isEqualTo(2);
        assertThat(item.contentType()).isEqualTo("text/plain");
        try (InputStream in = files.download(item.id()).orElseThrow().content()) {
            assertThat(sha256(in.readAllBytes())).isEqualTo(item.sha256()).isEqualTo(sha256(text));
        }
    }

    @Test
    @WithUserDetails("editor")
    void a_program_renamed_pdf_is_refused_by_its_content_and_the_source_with_it() {
        long claim = claim();
        byte[] program = windowsProgram();

        assertThatThrownBy(() -> files.check(() -> new ByteArrayInputStream(program)))
                .isInstanceOfSatisfying(RefusedException.class,
                        refusal -> assertThat(refusal.key()).isEqualTo("source.file.error.type"));
        assertThatThrownBy(() -> sources.add(claim, interview(), List.of(file("rapport.pdf", program))))
                .isInstanceOf(RefusedException.class);
        assertThat(files.check(() -> new ByteArrayInputStream(png()))).as("a PNG named anything").isEqualTo(
                "image/png");
    }

    @Test
    @WithUserDetails("editor")
    void a_file_over_20_mb_is_refused() {
        long claim = claim();
        long id = sources.add(claim, interview());

        assertThatThrownBy(() -> files.attach(id, new NewSourceFile("grand.txt", () -> text(
                SourceFileService.MAX_SIZE + 1)))).isInstanceOfSatisfying(RefusedException.class,
                refusal -> assertThat(refusal.key()).isEqualTo("source.file.error.too-large"));
    }

    @Test
    @WithUserDetails("editor")
    void removing_a_file_goes_to_the_claim_s_history_with_its_name_and_sha256() throws Exception {
        long claim = claim();
        long id = sources.add(claim, interview(), List.of(file("capture.png", png())));
        SourceFileItem file = sources.list(claim).getFirst().files().getFirst();

        files.remove(file.id());

        assertThat(sources.list(claim).getFirst().files()).isEmpty();
        assertThat(files.download(file.id())).isEmpty();
        ActivityEntry removed = claims.history(claim).getFirst();
        assertThat(removed.action()).isEqualTo("source.file-removed");
        assertThat(removed.before()).contains("capture.png", file.sha256());
        assertThat(id).isPositive();
    }

    @Test
    @WithUserDetails("editor")
    void the_files_of_an_approved_claim_change_only_after_a_reopening() throws Exception {
        long claim = claim();
        long id = sources.add(claim, interview(), List.of(file("capture.png", png())));
        long fileId = sources.list(claim).getFirst().files().getFirst().id();
        sourceRows.flush();
        jdbc.update("update claim set status = 'APPROVED' where id = ?", claim);
        entityManager.clear();

        assertThatThrownBy(() -> files.attach(id, file("autre.png", png())))
                .isInstanceOfSatisfying(RefusedException.class,
                        refusal -> assertThat(refusal.key()).isEqualTo("claim.error.frozen"));
        assertThatThrownBy(() -> files.remove(fileId)).isInstanceOfSatisfying(RefusedException.class,
                refusal -> assertThat(refusal.key()).isEqualTo("claim.error.frozen"));
        assertThat(sources.list(claim).getFirst().files()).hasSize(1);
    }

    @Test
    void file_names_lose_folders_and_control_characters() {
        assertThat(SourceFileService.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(SourceFileService.safeName("a\r\nb\".pdf")).isEqualTo("ab\".pdf");
        assertThat(SourceFileService.safeName("   ")).isEqualTo("file");
        assertThat(SourceFileService.safeName("x".repeat(400) + ".pdf")).hasSize(255).endsWith(".pdf");
    }

    private long claim() {
        List<Long> seeded = new ClaimFixture(context).ofArticle("vise à renforcer les liens de Bakou");
        return new ClaimFixture(context).intoResearch(seeded.getFirst(), null);
    }

    private SourceData interview() {
        return new SourceData(null, "Entretien avec la directrice de l’Insee", null, SourceKind.INTERVIEW, null,
                LocalDate.now(clock), Reliability.HIGH, null);
    }

    private static NewSourceFile file(String name, byte[] content) {
        return new NewSourceFile(name, () -> new ByteArrayInputStream(content));
    }

    static byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Compte rendu de l'entretien du 3 mars."));
        document.close();
        return out.toByteArray();
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, Color.RED.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** The start of a Windows program: the DOS header, its stub and the PE signature. */
    static byte[] windowsProgram() {
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        program[0x3c] = (byte) 0x80;
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, program, 0x4e, stub.length);
        program[0x80] = 'P';
        program[0x81] = 'E';
        return program;
    }

    /** Text of {@code size} bytes, made as it is read. */
    private static InputStream text(long size) {
        return new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] target, int from, int length) {
                if (left <= 0) {
                    return -1;
                }
                int count = (int) Math.min(length, left);
                java.util.Arrays.fill(target, from, from + count, (byte) 'a');
                left -= count;
                return count;
            }
        };
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static List<String> violations(Runnable call) {
        try {
            call.run();
        } catch (ConstraintViolationException e) {
            return e.getConstraintViolations().stream().map(ConstraintViolation::getPropertyPath).map(path -> {
                String leaf = "";
                for (var node : path) {
                    leaf = node.getName() == null ? leaf : node.getName();
                }
                return leaf;
            }).toList();
        }
        throw new AssertionError("Expected a constraint violation, but the call was accepted");
    }
}
