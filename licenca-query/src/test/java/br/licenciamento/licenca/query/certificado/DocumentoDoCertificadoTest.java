package br.licenciamento.licenca.query.certificado;

import br.licenciamento.api.comum.DiasLegais;
import br.licenciamento.api.licenca.SituacaoLicenca;
import br.licenciamento.licenca.query.registro.MotivoDaVersao;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF of a certificate: what it prints, its QR code, and the same bytes every time. */
class DocumentoDoCertificadoTest {

    private static String texto(byte[] pdf) throws Exception {
        try (PDDocument documento = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(documento);
        }
    }

    @Test
    void mesmaVersaoGeraOsMesmosBytes() throws Exception {
        byte[] primeira = DocumentoDoCertificado.gerar(ExemploDoCertificado.conteudo(1));
        Thread.sleep(1100);
        byte[] segunda = DocumentoDoCertificado.gerar(ExemploDoCertificado.conteudo(1));
        assertThat(segunda).isEqualTo(primeira);
        assertThat(DocumentoDoCertificado.gerar(ExemploDoCertificado.conteudo(2))).isNotEqualTo(primeira);

        try (PDDocument documento = Loader.loadPDF(primeira)) {
            Calendar criado = documento.getDocumentInformation().getCreationDate();
            assertThat(criado.toInstant()).isEqualTo(LocalDate.of(2026, 5, 4).atStartOfDay(
                    br.licenciamento.api.comum.DiasLegais.FUSO).toInstant());
            assertThat(documento.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(criado.toInstant());
            assertThat(documento.getDocument().getDocumentID()).isNotNull();
        }
    }

    @Test
    void imprimeOsDadosDaLicencaEmPortuguesComOCpfMascarado() throws Exception {
        String texto = texto(DocumentoDoCertificado.gerar(ExemploDoCertificado.conteudo(1)));
        assertThat(texto).contains("LICENÇA AMBIENTAL", "Licença Prévia (LP)", "Lei 15.190/2025", "LP-2026/000042-7",
                "7KQ2-M9XD-4HPA-Z3CV", "João da Conceição Araújo", "***.456.789-**", "Pedreira São Sebastião",
                "Emitida em 04/05/2026", "Válida até 04/05/2030", "Situação nesta versão Vigente",
                "Inventário de fauna e flora", "Prazo: 04/11/2026", "Prazo: 04/05/2027",
                "Parecer técnico favorável nº 12/2026", "Secretaria de Estado de Meio Ambiente",
                "Autoridade responsável por esta versão: gestor", "página 1 de 1");
        assertThat(texto).doesNotContain("123.456.789-09", "12345678909");

        String suspensa = texto(DocumentoDoCertificado.gerar(ExemploDoCertificado.conteudo(2)));
        assertThat(suspensa).contains("Suspensa desde 01/09/2026", "2, emitida em 01/09/2026 (Suspensão da licença)",
                "Suspensão da licença em 01/09/2026: Vazamento de efluente");
    }

    @Test
    void codigoQrAbreAConferenciaDestaVersao() throws Exception {
        ConteudoDoCertificado conteudo = ExemploDoCertificado.conteudo(2);
        byte[] pdf = DocumentoDoCertificado.gerar(conteudo);
        var imagem = ExemploDoCertificado.primeiraPagina(pdf, 150);
        String lido = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(imagem)))).getText();
        assertThat(lido).isEqualTo(conteudo.urlDeConferencia()).endsWith("&versao=2");

        Path destino = Path.of(System.getProperty("certificado.exemplo", "target/certificado-exemplo.png"));
        ExemploDoCertificado.gravarPng(DocumentoDoCertificado.gerar(ExemploDoCertificado.conteudo(1)), destino);
        assertThat(destino).isNotEmptyFile();
    }

    @Test
    void textoHostilOuLongoNaoQuebraODocumento() throws Exception {
        ConteudoDoCertificado base = ExemploDoCertificado.conteudo(1);
        String hostil = "漢字 😀 \u202Eabc\u0000\t\uFEFF fim";
        ConteudoDoCertificado conteudo = new ConteudoDoCertificado(base.licencaId(), base.numero(),
                base.codigoAutenticidade(), base.tipoLicenca(), base.regime(), hostil, null, null, "x".repeat(5000),
                null, null, null, base.emitidaEm(), base.validaAte(), SituacaoLicenca.VIGENTE, null, 1,
                MotivoDaVersao.EMISSAO, base.versaoEmitidaEm(), "Fundamentos longos. ".repeat(5000), null, base.orgao(),
                null, base.urlDeConferencia(), List.of(new VersaoDoCertificado.Condicionante(hostil, LocalDate.of(2027, 1, 1))));
        byte[] pdf = DocumentoDoCertificado.gerar(conteudo);
        try (PDDocument documento = Loader.loadPDF(pdf)) {
            assertThat(documento.getNumberOfPages()).isGreaterThan(2);
        }
        String texto = texto(pdf);
        assertThat(texto).contains("?? ? ?abc", "fim", "Emitido pelo órgão, sem autoridade individual");
        assertThat(texto).contains("página 1 de ");
    }

    @Test
    void cpfMascaradoECnpjPontuado() {
        assertThat(EmissaoDoCertificado.cpfMascarado("12345678909")).isEqualTo("***.456.789-**");
        assertThat(EmissaoDoCertificado.cpfMascarado("123")).isEqualTo("***.***.***-**");
        assertThat(EmissaoDoCertificado.cnpj("12ABC34501DE35")).isEqualTo("12.ABC.345/01DE-35");
    }
}
