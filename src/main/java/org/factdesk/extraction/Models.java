package org.factdesk.extraction;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models, read once from the jars of the {@code opennlp-models-*} 1.3.0 artifacts (the files sit at
 * the root of each jar). Models are immutable and safe to share between threads; the ME classes that use them are
 * not, so those are created per extraction.
 */
record Models(SentenceModel sentencesFr, SentenceModel sentencesEn, POSModel posFr, POSModel posEn,
              TokenizerModel tokensEn, LanguageDetectorModel languages) {

    static final String SENTENCES_FR = "opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin";
    static final String SENTENCES_EN = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String POS_FR = "opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin";
    static final String POS_EN = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String TOKENS_EN = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String LANGUAGES = "langdetect-183.bin";

    static Models fromClasspath() {
        return new Models(load(SENTENCES_FR, SentenceModel::new), load(SENTENCES_EN, SentenceModel::new),
                load(POS_FR, Models::greedyTagger), load(POS_EN, Models::greedyTagger),
                load(TOKENS_EN, TokenizerModel::new), load(LANGUAGES, LanguageDetectorModel::new));
    }

    /**
     * Reads a tagger model with beam size 1 instead of the 3 of its manifest. Greedy decoding is about eight times
     * faster (a megabyte article must stay under two seconds) and the coarse tags our features read (PROPN, VERB,
     * AUX) come out the same on our test texts. OpenNLP takes the beam size only from the model's manifest, so
     * the manifest entry is rewritten in memory.
     */
    private static POSModel greedyTagger(InputStream in) throws IOException {
        ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
        try (ZipInputStream zipIn = new ZipInputStream(in);
             ZipOutputStream zipOut = new ZipOutputStream(rewritten)) {
            for (ZipEntry entry = zipIn.getNextEntry(); entry != null; entry = zipIn.getNextEntry()) {
                byte[] data = zipIn.readAllBytes();
                if (entry.getName().equals("manifest.properties")) {
                    data = withBeamSizeOne(data);
                }
                zipOut.putNextEntry(new ZipEntry(entry.getName()));
                zipOut.write(data);
                zipOut.closeEntry();
            }
        }
        return new POSModel(new ByteArrayInputStream(rewritten.toByteArray()));
    }

    private static byte[] withBeamSizeOne(byte[] manifest) throws IOException {
        Properties properties = new Properties();
        properties.load(new ByteArrayInputStream(manifest));
        properties.setProperty(BeamSearch.BEAM_SIZE_PARAMETER, "1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        properties.store(out, null);
        return out.toByteArray();
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Reader<T> reader) {
        InputStream stream = Models.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
        }
        try (InputStream in = new BufferedInputStream(stream)) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read OpenNLP model " + resource, e);
        }
    }
}
