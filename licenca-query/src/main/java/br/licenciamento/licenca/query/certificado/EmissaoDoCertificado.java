package br.licenciamento.licenca.query.certificado;

import br.licenciamento.api.pessoa.ConsultaDePessoa;
import br.licenciamento.api.pessoa.FichaPessoa;
import br.licenciamento.api.pessoa.TipoPessoa;
import br.licenciamento.licenca.query.registro.FichaLicenca;
import br.licenciamento.licenca.query.registro.ResumoLicenca;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Puts together what one version of a certificate prints: the version kept by the projection, the licence's registry
 * data, the holder as the people registry knows them today (names are never copied into this module), the agency and
 * the URL of the public authenticity check of this version.
 */
@Component
public class EmissaoDoCertificado {

    static final String CAMINHO_DA_CONFERENCIA = "/api/v1/publico/licencas/autenticidade";

    private final QueryGateway queryGateway;
    private final String orgao;
    private final String urlPublica;

    EmissaoDoCertificado(QueryGateway queryGateway, ParametrosDoCertificado parametros, Environment ambiente) {
        this.queryGateway = queryGateway;
        String orgao = parametros.orgao();
        this.orgao = orgao == null || orgao.isBlank() ? Textos.texto("orgao.padrao") : orgao.strip();
        String urlPublica = parametros.urlPublica() == null || parametros.urlPublica().isBlank()
                ? ambiente.getProperty("licenciamento.seguranca.emissor", "http://localhost:8080") : parametros.urlPublica();
        this.urlPublica = urlPublica.strip().replaceAll("/+$", "");
    }

    public ConteudoDoCertificado conteudo(FichaLicenca ficha, VersaoDoCertificado versao) {
        ResumoLicenca licenca = ficha.licenca();
        Optional<FichaPessoa> titular = queryGateway.query(new ConsultaDePessoa(licenca.requerenteId()),
                ResponseTypes.optionalInstanceOf(FichaPessoa.class)).join();
        String nome;
        String rotulo = null;
        String documento = null;
        if (titular.isEmpty()) {
            nome = Textos.texto("titular.desconhecido");
        } else if (titular.get().dadosEliminados() || titular.get().nome() == null) {
            nome = Textos.texto("titular.eliminado");
        } else {
            nome = titular.get().nome();
            if (titular.get().documento() != null) {
                boolean juridica = titular.get().tipo() == TipoPessoa.JURIDICA;
                rotulo = juridica ? "rotulo.cnpj" : "rotulo.cpf";
                documento = juridica ? cnpj(titular.get().documento()) : cpfMascarado(titular.get().documento());
            }
        }
        return new ConteudoDoCertificado(licenca.licencaId(), licenca.numero(), ficha.codigoAutenticidade(),
                licenca.tipoLicenca(), licenca.regime(), nome, rotulo, documento, licenca.empreendimento(),
                licenca.processoNumero(), licenca.municipioIbge(), licenca.cnae(), licenca.emitidaEm(), versao.validaAte(),
                versao.situacao(), versao.suspensaEm(), versao.versao(), versao.motivo(), versao.emitidaEm(),
                versao.fundamentosDoDeferimento(), versao.fundamentos(), orgao, versao.assinadaPor(),
                urlDeConferencia(licenca.numero(), ficha.codigoAutenticidade(), versao.versao()), versao.condicionantes());
    }

    /** The public check of this version: number, code and version, all three printed on the document too. */
    public String urlDeConferencia(String numero, String codigo, int versao) {
        return urlPublica + CAMINHO_DA_CONFERENCIA + "?numero=" + URLEncoder.encode(numero, StandardCharsets.UTF_8)
                + "&codigo=" + URLEncoder.encode(codigo, StandardCharsets.UTF_8) + "&versao=" + versao;
    }

    /** 12.ABC.345/01DE-35: the usual punctuation of a (possibly alphanumeric) CNPJ, public data of a company. */
    static String cnpj(String documento) {
        String limpo = documento.replaceAll("[^0-9A-Za-z]", "");
        if (limpo.length() != 14) {
            return limpo;
        }
        return limpo.substring(0, 2) + "." + limpo.substring(2, 5) + "." + limpo.substring(5, 8) + "/"
                + limpo.substring(8, 12) + "-" + limpo.substring(12);
    }

    /**
     * ***.456.789-**: the CPF as the federal government masks it for publication (LGPD), the middle six digits only;
     * enough for the holder to recognise it, not enough to use it.
     */
    static String cpfMascarado(String documento) {
        String digitos = documento.replaceAll("\\D", "");
        if (digitos.length() != 11) {
            return "***.***.***-**";
        }
        return "***." + digitos.substring(3, 6) + "." + digitos.substring(6, 9) + "-**";
    }
}
