package br.licenciamento.licenca.query.certificado;

import br.licenciamento.api.comum.DiasLegais;
import br.licenciamento.api.licenca.SituacaoLicenca;
import br.licenciamento.licenca.query.registro.MotivoDaVersao;
import com.google.zxing.common.BitMatrix;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static br.licenciamento.licenca.query.certificado.Textos.data;
import static br.licenciamento.licenca.query.certificado.Textos.texto;

/**
 * Writes the certificate of one licence version as a PDF (A4, one or more pages): a header with the agency, the licence
 * type and the QR code of the authenticity check, the licence's fields, its conditions with their due dates, the legal
 * basis, who issued it, and a footer with the number, version and page on every page.
 *
 * <p>Deterministic: the same content gives the same bytes. The creation and modification dates are the version's
 * day, the document id is derived from the licence and version, and the fonts are the standard Helvetica (never
 * embedded, so no subset with a random tag); its WinAnsi encoding has every Portuguese letter, and a character it
 * lacks is printed as "?".
 */
public final class DocumentoDoCertificado {

    private static final PDRectangle PAGINA = PDRectangle.A4;
    private static final float MARGEM = 50;
    private static final float LARGURA = PAGINA.getWidth() - 2 * MARGEM;
    private static final float TOPO = PAGINA.getHeight() - MARGEM;
    /** Below this the footer is drawn; text that would reach it goes to the next page. */
    private static final float BASE = MARGEM + 24;
    private static final float LADO_DO_QR = 104;
    private static final float COLUNA_DO_VALOR = 150;
    private static final Color VERDE = new Color(0x1B, 0x5E, 0x20);
    private static final Color CINZA = new Color(0x55, 0x55, 0x55);

    private DocumentoDoCertificado() {
    }

    public static byte[] gerar(ConteudoDoCertificado conteudo) {
        try (PDDocument documento = new PDDocument()) {
            new Escrita(documento, conteudo).escrever();
            ByteArrayOutputStream saida = new ByteArrayOutputStream();
            documento.save(saida);
            return saida.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page being written, the cursor's height on it and the fonts of one document. */
    private static final class Escrita {

        private final PDDocument documento;
        private final ConteudoDoCertificado c;
        private final PDFont normal = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDFont negrito = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final Map<Integer, Boolean> codificaveis = new HashMap<>();
        private PDPageContentStream pagina;
        private float y;

        Escrita(PDDocument documento, ConteudoDoCertificado conteudo) {
            this.documento = documento;
            this.c = conteudo;
        }

        void escrever() throws IOException {
            metadados();
            novaPagina();
            cabecalho();
            campos();
            condicionantes();
            fundamentos();
            assinatura();
            pagina.close();
            rodapes();
        }

        private void metadados() {
            Calendar dia = GregorianCalendar.from(c.versaoEmitidaEm().atStartOfDay(DiasLegais.FUSO));
            PDDocumentInformation info = documento.getDocumentInformation();
            info.setTitle(texto("documento.titulo") + " " + c.numero());
            info.setSubject(texto("documento.assunto", c.numero(), c.versao()));
            info.setAuthor(c.orgao());
            info.setCreator(texto("documento.criador"));
            info.setCreationDate(dia);
            info.setModificationDate(dia);
            documento.getDocumentCatalog().setLanguage("pt-BR");
            // Without an id PDFBox draws one from the clock; this one names the licence version instead.
            byte[] id = Arrays.copyOf(sha256(c.licencaId() + "/" + c.versao()), 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            documento.getDocument().getTrailer().setItem(COSName.ID, ids);
        }

        private void cabecalho() throws IOException {
            float topo = y;
            pagina.setNonStrokingColor(VERDE);
            pagina.addRect(0, PAGINA.getHeight() - 14, PAGINA.getWidth(), 14);
            pagina.fill();
            float larguraDoTexto = LARGURA - LADO_DO_QR - 16;
            paragrafo(c.orgao(), negrito, 10, MARGEM, larguraDoTexto, CINZA);
            y -= 10;
            paragrafo(texto("documento.titulo"), negrito, 20, MARGEM, larguraDoTexto, VERDE);
            y -= 2;
            paragrafo(texto("tipo." + c.tipoLicenca().name()), negrito, 13, MARGEM, larguraDoTexto, Color.BLACK);
            paragrafo(texto("regime." + c.regime().name()), normal, 10, MARGEM, larguraDoTexto, Color.BLACK);
            y -= 6;
            paragrafo(c.numero(), negrito, 14, MARGEM, larguraDoTexto, Color.BLACK);
            qr(topo);
            y = Math.min(y, topo - LADO_DO_QR - 22) - 6;
            linha();
        }

        /** The QR code at the top right, a dark square per module, rows merged into runs. */
        private void qr(float topo) throws IOException {
            BitMatrix modulos = CodigoQr.modulos(c.urlDeConferencia());
            float lado = LADO_DO_QR / modulos.getWidth();
            float x0 = PAGINA.getWidth() - MARGEM - LADO_DO_QR;
            pagina.setNonStrokingColor(Color.BLACK);
            for (int linha = 0; linha < modulos.getHeight(); linha++) {
                int coluna = 0;
                while (coluna < modulos.getWidth()) {
                    if (!modulos.get(coluna, linha)) {
                        coluna++;
                        continue;
                    }
                    int inicio = coluna;
                    while (coluna < modulos.getWidth() && modulos.get(coluna, linha)) {
                        coluna++;
                    }
                    pagina.addRect(x0 + inicio * lado, topo - (linha + 1) * lado, (coluna - inicio) * lado, lado);
                }
            }
            pagina.fill();
            String legenda = texto("qr.legenda");
            float largura = largura(legenda, normal, 7);
            escreverLinha(legenda, normal, 7, x0 + (LADO_DO_QR - largura) / 2, topo - LADO_DO_QR - 10, CINZA);
        }

        private void campos() throws IOException {
            campo(texto("rotulo.numero"), c.numero());
            campo(texto("rotulo.codigo"), c.codigoAutenticidade());
            campo(texto("rotulo.versao"), texto("rotulo.versao.valor", String.valueOf(c.versao()),
                    data(c.versaoEmitidaEm()), texto("motivo." + c.motivo().name())));
            campo(texto("rotulo.titular"), c.titularNome());
            if (c.titularDocumento() != null) {
                campo(texto(c.titularRotuloDocumento()), c.titularDocumento());
            }
            campo(texto("rotulo.empreendimento"), c.empreendimento());
            campo(texto("rotulo.processo"), c.processoNumero());
            campo(texto("rotulo.municipio"), c.municipioIbge());
            campo(texto("rotulo.cnae"), c.cnae());
            campo(texto("rotulo.regime"), texto("regime." + c.regime().name()));
            campo(texto("rotulo.emitidaEm"), data(c.emitidaEm()));
            campo(texto("rotulo.validaAte"), data(c.validaAte()));
            campo(texto("rotulo.situacao"), c.situacao() == SituacaoLicenca.SUSPENSA && c.suspensaEm() != null
                    ? texto("rotulo.situacao.suspensa", data(c.suspensaEm()))
                    : texto("situacao." + c.situacao().name()));
        }

        private void condicionantes() throws IOException {
            secao(texto("secao.condicionantes"));
            if (c.condicionantes().isEmpty()) {
                paragrafo(texto("condicionantes.nenhuma"), normal, 10, MARGEM, LARGURA, Color.BLACK);
                return;
            }
            for (int i = 0; i < c.condicionantes().size(); i++) {
                VersaoDoCertificado.Condicionante condicionante = c.condicionantes().get(i);
                String numero = (i + 1) + ".";
                garantirEspaco(26);
                escreverLinha(numero, negrito, 10, MARGEM, y - 10, Color.BLACK);
                paragrafo(condicionante.descricao(), normal, 10, MARGEM + 18, LARGURA - 18, Color.BLACK);
                paragrafo(texto("condicionante.prazo", data(condicionante.prazo())), negrito, 9, MARGEM + 18,
                        LARGURA - 18, CINZA);
                y -= 4;
            }
        }

        private void fundamentos() throws IOException {
            secao(texto("secao.fundamentos"));
            if (c.fundamentosDoDeferimento() == null || c.fundamentosDoDeferimento().isBlank()) {
                paragrafo(texto("fundamentos.ausentes"), normal, 10, MARGEM, LARGURA, Color.BLACK);
            } else {
                paragrafo(texto("fundamentos.deferimento", c.fundamentosDoDeferimento()), normal, 10, MARGEM, LARGURA,
                        Color.BLACK);
            }
            if (c.motivo() != MotivoDaVersao.EMISSAO && c.fundamentosDaVersao() != null && !c.fundamentosDaVersao().isBlank()) {
                y -= 4;
                paragrafo(texto("fundamentos.versao", texto("motivo." + c.motivo().name()), data(c.versaoEmitidaEm()),
                        c.fundamentosDaVersao()), normal, 10, MARGEM, LARGURA, Color.BLACK);
            }
        }

        private void assinatura() throws IOException {
            secao(texto("secao.assinatura"));
            paragrafo(texto("assinatura.orgao", c.orgao()), normal, 10, MARGEM, LARGURA, Color.BLACK);
            paragrafo(c.autoridade() == null ? texto("assinatura.semAutoridade")
                    : texto("assinatura.autoridade", c.autoridade()), normal, 10, MARGEM, LARGURA, Color.BLACK);
            y -= 4;
            paragrafo(texto("conferencia.texto", c.urlDeConferencia()), normal, 8, MARGEM, LARGURA, CINZA);
        }

        /** Number, version and "page i of n" on every page, once the number of pages is known. */
        private void rodapes() throws IOException {
            int total = documento.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream rodape = new PDPageContentStream(documento, documento.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    pagina = rodape;
                    pagina.setStrokingColor(VERDE);
                    pagina.setLineWidth(0.5f);
                    pagina.moveTo(MARGEM, MARGEM + 12);
                    pagina.lineTo(PAGINA.getWidth() - MARGEM, MARGEM + 12);
                    pagina.stroke();
                    String texto = texto("rodape.pagina", c.numero(), String.valueOf(c.versao()), String.valueOf(i + 1),
                            String.valueOf(total));
                    escreverLinha(texto, normal, 8, (PAGINA.getWidth() - largura(imprimivel(texto, normal), normal, 8)) / 2,
                            MARGEM, CINZA);
                }
            }
        }

        private void campo(String rotulo, String valor) throws IOException {
            List<String> linhas = quebrar(valor == null || valor.isBlank() ? "-" : valor, normal, 10,
                    LARGURA - COLUNA_DO_VALOR);
            garantirEspaco(14);
            escreverLinha(rotulo, negrito, 9, MARGEM, y - 10, CINZA);
            for (String linha : linhas) {
                garantirEspaco(14);
                escreverLinha(linha, normal, 10, MARGEM + COLUNA_DO_VALOR, y - 10, Color.BLACK);
                y -= 14;
            }
            y -= 2;
        }

        private void secao(String titulo) throws IOException {
            y -= 8;
            garantirEspaco(40);
            paragrafo(titulo, negrito, 12, MARGEM, LARGURA, VERDE);
            y += 1;
            linha();
        }

        private void linha() throws IOException {
            pagina.setStrokingColor(VERDE);
            pagina.setLineWidth(0.75f);
            pagina.moveTo(MARGEM, y);
            pagina.lineTo(PAGINA.getWidth() - MARGEM, y);
            pagina.stroke();
            y -= 8;
        }

        /** Wrapped lines from the cursor down, continued on new pages as needed. */
        private void paragrafo(String texto, PDFont fonte, float tamanho, float x, float largura, Color cor) throws IOException {
            float entrelinha = tamanho * 1.35f;
            for (String linha : quebrar(texto, fonte, tamanho, largura)) {
                garantirEspaco(entrelinha);
                escreverLinha(linha, fonte, tamanho, x, y - tamanho, cor);
                y -= entrelinha;
            }
        }

        private void garantirEspaco(float altura) throws IOException {
            if (y - altura < BASE) {
                pagina.close();
                novaPagina();
            }
        }

        private void novaPagina() throws IOException {
            PDPage nova = new PDPage(PAGINA);
            documento.addPage(nova);
            pagina = new PDPageContentStream(documento, nova);
            y = TOPO;
        }

        private void escreverLinha(String linha, PDFont fonte, float tamanho, float x, float base, Color cor) throws IOException {
            pagina.beginText();
            pagina.setNonStrokingColor(cor);
            pagina.setFont(fonte, tamanho);
            pagina.newLineAtOffset(x, base);
            pagina.showText(imprimivel(linha, fonte));
            pagina.endText();
        }

        /** Paragraphs by line break, each wrapped at word boundaries to the width; a word wider than it is cut. */
        private List<String> quebrar(String texto, PDFont fonte, float tamanho, float largura) {
            List<String> linhas = new ArrayList<>();
            for (String paragrafo : texto.split("\\R")) {
                StringBuilder linha = new StringBuilder();
                float ocupada = 0;
                float espaco = largura(" ", fonte, tamanho);
                for (String palavra : imprimivel(paragrafo, fonte).trim().split(" +")) {
                    float larguraDaPalavra = largura(palavra, fonte, tamanho);
                    if (!linha.isEmpty() && ocupada + espaco + larguraDaPalavra <= largura) {
                        linha.append(' ').append(palavra);
                        ocupada += espaco + larguraDaPalavra;
                        continue;
                    }
                    if (!linha.isEmpty()) {
                        linhas.add(linha.toString());
                        linha.setLength(0);
                        ocupada = 0;
                    }
                    // A word wider than the line is cut where it stops fitting.
                    for (char letra : palavra.toCharArray()) {
                        float larguraDaLetra = largura(String.valueOf(letra), fonte, tamanho);
                        if (!linha.isEmpty() && ocupada + larguraDaLetra > largura) {
                            linhas.add(linha.toString());
                            linha.setLength(0);
                            ocupada = 0;
                        }
                        linha.append(letra);
                        ocupada += larguraDaLetra;
                    }
                }
                linhas.add(linha.toString());
            }
            return linhas;
        }

        /** The text with what the font cannot encode (other scripts, emoji, control characters) as "?" or a space. */
        private String imprimivel(String texto, PDFont fonte) {
            StringBuilder saida = new StringBuilder(texto.length());
            texto.codePoints().forEach(ponto -> {
                if (Character.isWhitespace(ponto) || Character.isSpaceChar(ponto)) {
                    saida.append(' ');
                } else if (codificavel(ponto, fonte)) {
                    saida.appendCodePoint(ponto);
                } else {
                    saida.append('?');
                }
            });
            return saida.toString();
        }

        private boolean codificavel(int ponto, PDFont fonte) {
            // Both fonts share the WinAnsi encoding: one answer per character serves both.
            return codificaveis.computeIfAbsent(ponto, p -> {
                if (Character.isISOControl(p)) {
                    return false;
                }
                try {
                    fonte.encode(new String(Character.toChars(p)));
                    return true;
                } catch (IllegalArgumentException | IOException e) {
                    return false;
                }
            });
        }

        private float largura(String texto, PDFont fonte, float tamanho) {
            try {
                return fonte.getStringWidth(texto) / 1000 * tamanho;
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalStateException("Texto não codificável depois de filtrado: " + texto, e);
            }
        }
    }

    private static byte[] sha256(String texto) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(texto.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
