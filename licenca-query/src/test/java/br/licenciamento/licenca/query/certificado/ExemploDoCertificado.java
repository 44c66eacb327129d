package br.licenciamento.licenca.query.certificado;

import br.licenciamento.api.licenca.SituacaoLicenca;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.TipoLicenca;
import br.licenciamento.licenca.query.registro.MotivoDaVersao;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A sample certificate, and the picture of its first page the README shows: regenerate it with
 * {@code ./mvnw -pl licenca-query test -Dtest=DocumentoDoCertificadoTest -Dcertificado.exemplo=licenca-query/docs/certificado-exemplo.png}
 * from the repository root (the test writes it under target/ otherwise).
 */
final class ExemploDoCertificado {

    private ExemploDoCertificado() {
    }

    static ConteudoDoCertificado conteudo(int versao) {
        return new ConteudoDoCertificado("licenca-exemplo", "LP-2026/000042-7", "7KQ2-M9XD-4HPA-Z3CV", TipoLicenca.LP,
                RegimeJuridico.LEI_15190, "João da Conceição Araújo", "rotulo.cpf",
                EmissaoDoCertificado.cpfMascarado("123.456.789-09"), "Pedreira São Sebastião", "2026/000137", "3106200",
                "0810-0/01", LocalDate.of(2026, 5, 4), LocalDate.of(2030, 5, 4),
                versao == 1 ? SituacaoLicenca.VIGENTE : SituacaoLicenca.SUSPENSA, versao == 1 ? null : LocalDate.of(2026, 9, 1),
                versao, versao == 1 ? MotivoDaVersao.EMISSAO : MotivoDaVersao.SUSPENSAO,
                versao == 1 ? LocalDate.of(2026, 5, 4) : LocalDate.of(2026, 9, 1),
                "Parecer técnico favorável nº 12/2026; art. 5º, I, da Lei 15.190/2025.",
                versao == 1 ? null : "Vazamento de efluente constatado na vistoria de 28/08/2026.",
                "Secretaria de Estado de Meio Ambiente", "gestor",
                "https://licenciamento.exemplo.gov.br/api/v1/publico/licencas/autenticidade?numero=LP-2026%2F000042-7"
                        + "&codigo=7KQ2-M9XD-4HPA-Z3CV&versao=" + versao,
                List.of(new VersaoDoCertificado.Condicionante("Inventário de fauna e flora na área de lavra, com relatório "
                                + "semestral à Gerência de Fiscalização.", LocalDate.of(2026, 11, 4)),
                        new VersaoDoCertificado.Condicionante("Programa de educação ambiental com as comunidades do entorno.",
                                LocalDate.of(2027, 5, 4))));
    }

    static BufferedImage primeiraPagina(byte[] pdf, float dpi) throws IOException {
        try (PDDocument documento = Loader.loadPDF(pdf)) {
            return new PDFRenderer(documento).renderImageWithDPI(0, dpi, ImageType.RGB);
        }
    }

    static void gravarPng(byte[] pdf, Path destino) throws IOException {
        Files.createDirectories(destino.toAbsolutePath().getParent());
        ImageIO.write(primeiraPagina(pdf, 96), "png", destino.toFile());
    }
}
