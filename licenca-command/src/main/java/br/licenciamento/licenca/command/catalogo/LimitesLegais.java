package br.licenciamento.licenca.command.catalogo;

import br.licenciamento.api.catalogo.ConteudoDoCatalogo;
import br.licenciamento.api.catalogo.FaixaDeValidade;
import br.licenciamento.api.catalogo.ParametrosDoRegime;
import br.licenciamento.api.catalogo.RegraDeProcedimento;
import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.api.processo.Porte;
import br.licenciamento.api.processo.PotencialPoluidor;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.TipoLicenca;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static br.licenciamento.licenca.command.Textos.MENSAGENS;

/**
 * What the law leaves to the agency: it may shorten its own analysis terms and narrow a licence's validity range,
 * never go past them. A version that breaks a limit, or leaves a key without its rule, is refused naming the rule,
 * before anything is stored.
 */
final class LimitesLegais {

    static final int PRIMEIRA_CLASSE = 1;
    static final int ULTIMA_CLASSE = 6;
    /** Generous bounds for a checklist: a real one has a dozen items of a line each. */
    private static final int MAXIMO_DE_DOCUMENTOS = 100;
    private static final int MAXIMO_DE_CARACTERES_POR_DOCUMENTO = 300;
    /** LC 140 art. 14 par. 4: a renewal asked at least 120 days ahead extends the licence until decided. */
    private static final int ANTECEDENCIA_DE_RENOVACAO_LEGAL_DIAS = 120;
    /** Lei 15.190 art. 47 par. 2: the study may be found not to meet the terms of reference within 15 days. */
    private static final int ADMISSIBILIDADE_LEGAL_DIAS = 15;

    private LimitesLegais() {
    }

    static void verificar(ConteudoDoCatalogo conteudo) {
        if (conteudo == null) {
            throw incompleto("conteudo");
        }
        secao(conteudo.enquadramento(), "enquadramento");
        secao(conteudo.procedimentos(), "procedimentos");
        secao(conteudo.prazosDeAnalise(), "prazosDeAnalise");
        secao(conteudo.validades(), "validades");
        secao(conteudo.parametros(), "parametros");
        enquadramento(conteudo.enquadramento());
        procedimentos(conteudo.procedimentos());
        prazosDeAnalise(conteudo.prazosDeAnalise());
        validades(conteudo.validades());
        parametros(conteudo.parametros());
        competencia(conteudo.competencia());
    }

    /** Optional (none: the defaults of LC 140/2011); when given, every rule complete and named once. */
    private static void competencia(List<ConteudoDoCatalogo.Competencia> linhas) {
        if (linhas == null) {
            return;
        }
        Set<String> vistas = new HashSet<>();
        for (ConteudoDoCatalogo.Competencia c : linhas) {
            if (c == null || c.codigo() == null || c.codigo().isBlank() || c.codigo().length() > 100 || c.tipo() == null
                    || c.esferaCompetente() == null || c.minimoDeFeicoes() < 1 || c.minimoDeFeicoes() > 100
                    || c.fundamento() == null || c.fundamento().isBlank() || c.fundamento().length() > MAXIMO_DE_CARACTERES_POR_DOCUMENTO
                    || (c.categoriasExcluidas() != null && c.categoriasExcluidas().stream()
                    .anyMatch(x -> x == null || x.isBlank() || x.length() > MAXIMO_DE_CARACTERES_POR_DOCUMENTO))) {
                throw incompleto("competencia");
            }
            unica(vistas, c.codigo(), "competencia");
        }
    }

    /** Longest analysis term the law gives the agency, in months. */
    static int prazoDeAnaliseMaximo(RegimeJuridico regime, TipoLicenca tipo, boolean comEiaRima) {
        if (regime == RegimeJuridico.CONAMA_237) {
            return comEiaRima ? 12 : 6;
        }
        return switch (tipo) {
            case LP -> comEiaRima ? 10 : 6;
            case LP_LI, LI_LO -> comEiaRima ? 10 : 4;
            case LAE -> 12;
            // Self-declaration: no prior analysis at all.
            case LAC -> 0;
            default -> 3;
        };
    }

    /** The validity range the law sets, in months. */
    static FaixaDeValidade validadeLegal(RegimeJuridico regime, TipoLicenca tipo) {
        if (regime == RegimeJuridico.CONAMA_237) {
            return switch (tipo) {
                case LP -> new FaixaDeValidade(1, 60);
                case LI, LP_LI -> new FaixaDeValidade(1, 72);
                default -> new FaixaDeValidade(48, 120);
            };
        }
        return switch (tipo) {
            case LP, LI, LP_LI -> new FaixaDeValidade(36, 72);
            default -> new FaixaDeValidade(60, 120);
        };
    }

    private static String lei(RegimeJuridico regime, String artigoConama, String artigoLei) {
        return MENSAGENS.texto("catalogo.lei." + regime.name(), regime == RegimeJuridico.CONAMA_237 ? artigoConama : artigoLei);
    }

    private static void enquadramento(List<ConteudoDoCatalogo.Enquadramento> linhas) {
        Set<String> vistas = new HashSet<>();
        for (ConteudoDoCatalogo.Enquadramento linha : linhas) {
            if (linha == null || linha.porte() == null || linha.potencial() == null) {
                throw incompleto("enquadramento");
            }
            String chave = MENSAGENS.texto("catalogo.chave.enquadramento", linha.porte(), linha.potencial());
            unica(vistas, chave, "enquadramento");
            if (linha.classe() < PRIMEIRA_CLASSE || linha.classe() > ULTIMA_CLASSE) {
                throw new RegraVioladaException(MENSAGENS, "enquadramento-classe-invalida", PRIMEIRA_CLASSE, ULTIMA_CLASSE, chave,
                        linha.classe());
            }
        }
        for (Porte porte : Porte.values()) {
            for (PotencialPoluidor potencial : PotencialPoluidor.values()) {
                exigida(vistas, MENSAGENS.texto("catalogo.chave.enquadramento", porte, potencial), "enquadramento");
            }
        }
    }

    private static void procedimentos(List<RegraDeProcedimento> linhas) {
        Set<String> vistas = new HashSet<>();
        for (RegraDeProcedimento linha : linhas) {
            if (linha == null || linha.modalidade() == null || linha.tiposAdmitidos() == null || linha.estudos() == null
                    || linha.documentosExigidos() == null) {
                throw incompleto("procedimento");
            }
            if (linha.classe() < PRIMEIRA_CLASSE || linha.classe() > ULTIMA_CLASSE) {
                throw new RegraVioladaException(MENSAGENS, "enquadramento-classe-invalida.procedimento", PRIMEIRA_CLASSE, ULTIMA_CLASSE,
                        linha.classe());
            }
            unica(vistas, MENSAGENS.texto("catalogo.chave.procedimento", linha.classe()), "procedimentos");
            if (linha.tiposAdmitidos().isEmpty() || linha.tiposAdmitidos().stream().anyMatch(Objects::isNull)
                    || linha.estudos().stream().anyMatch(Objects::isNull)) {
                throw new RegraVioladaException(MENSAGENS, "procedimento-sem-licencas", linha.classe());
            }
            if (linha.documentosExigidos().isEmpty() || linha.documentosExigidos().size() > MAXIMO_DE_DOCUMENTOS
                    || linha.documentosExigidos().stream().anyMatch(d -> d == null || d.isBlank()
                    || d.length() > MAXIMO_DE_CARACTERES_POR_DOCUMENTO)) {
                throw new RegraVioladaException(MENSAGENS, "procedimento-documentos-invalidos", linha.classe(), MAXIMO_DE_DOCUMENTOS,
                        MAXIMO_DE_CARACTERES_POR_DOCUMENTO);
            }
        }
        for (int classe = PRIMEIRA_CLASSE; classe <= ULTIMA_CLASSE; classe++) {
            exigida(vistas, MENSAGENS.texto("catalogo.chave.procedimento", classe), "procedimento");
        }
    }

    private static void prazosDeAnalise(List<ConteudoDoCatalogo.PrazoDeAnalise> linhas) {
        Set<String> vistas = new HashSet<>();
        for (ConteudoDoCatalogo.PrazoDeAnalise linha : linhas) {
            if (linha == null || linha.regime() == null || linha.tipoLicenca() == null) {
                throw incompleto("prazo-de-analise");
            }
            String chave = chaveDoPrazo(linha.tipoLicenca(), linha.comEiaRima(), linha.regime());
            unica(vistas, chave, "prazosDeAnalise");
            // Only the self-declared licence (LAC) goes without analysis; every other request needs some time.
            int minimo = linha.tipoLicenca() == TipoLicenca.LAC ? 0 : 1;
            if (linha.meses() < minimo) {
                throw new RegraVioladaException(MENSAGENS, "prazo-de-analise-nao-positivo", chave, minimo, linha.meses());
            }
            int maximo = prazoDeAnaliseMaximo(linha.regime(), linha.tipoLicenca(), linha.comEiaRima());
            if (linha.meses() > maximo) {
                throw new RegraVioladaException(MENSAGENS, "prazo-de-analise-acima-do-legal", chave, maximo,
                        lei(linha.regime(), "14", "47"), linha.meses());
            }
        }
        for (RegimeJuridico regime : RegimeJuridico.values()) {
            for (TipoLicenca tipo : TipoLicenca.values()) {
                exigida(vistas, chaveDoPrazo(tipo, false, regime), "prazo-de-analise");
                exigida(vistas, chaveDoPrazo(tipo, true, regime), "prazo-de-analise");
            }
        }
    }

    private static void validades(List<ConteudoDoCatalogo.Validade> linhas) {
        Set<String> vistas = new HashSet<>();
        for (ConteudoDoCatalogo.Validade linha : linhas) {
            if (linha == null || linha.regime() == null || linha.tipoLicenca() == null) {
                throw incompleto("validade");
            }
            String chave = MENSAGENS.texto("catalogo.chave.validade", linha.tipoLicenca(), linha.regime());
            unica(vistas, chave, "validades");
            if (linha.minimoMeses() < 1 || linha.minimoMeses() > linha.maximoMeses()) {
                throw new RegraVioladaException(MENSAGENS, "validade-faixa-invalida", chave, linha.minimoMeses(),
                        linha.maximoMeses());
            }
            FaixaDeValidade legal = validadeLegal(linha.regime(), linha.tipoLicenca());
            if (linha.minimoMeses() < legal.minimoMeses() || linha.maximoMeses() > legal.maximoMeses()) {
                throw new RegraVioladaException(MENSAGENS, "validade-fora-da-faixa-legal", chave, legal.minimoMeses(),
                        legal.maximoMeses(), lei(linha.regime(), "18", "6"), linha.minimoMeses(), linha.maximoMeses());
            }
        }
        for (RegimeJuridico regime : RegimeJuridico.values()) {
            for (TipoLicenca tipo : TipoLicenca.values()) {
                exigida(vistas, MENSAGENS.texto("catalogo.chave.validade", tipo, regime), "validade");
            }
        }
    }

    private static void parametros(List<ConteudoDoCatalogo.Parametros> linhas) {
        Set<String> vistas = new HashSet<>();
        for (ConteudoDoCatalogo.Parametros linha : linhas) {
            if (linha == null || linha.regime() == null || linha.valores() == null) {
                throw incompleto("parametros");
            }
            unica(vistas, MENSAGENS.texto("catalogo.chave.parametros", linha.regime()), "parametros");
            ParametrosDoRegime valores = linha.valores();
            positivo(valores.prazoComplementacaoMeses(), "prazoComplementacaoMeses", linha.regime());
            positivo(valores.antecedenciaRenovacaoDias(), "antecedenciaRenovacaoDias", linha.regime());
            positivo(valores.prazoRecursoDias(), "prazoRecursoDias", linha.regime());
            positivo(valores.prazoJulgamentoRecursoDias(), "prazoJulgamentoRecursoDias", linha.regime());
            positivo(valores.prazoRecursoCondicionanteDias(), "prazoRecursoCondicionanteDias", linha.regime());
            if (valores.antecedenciaRenovacaoDias() > ANTECEDENCIA_DE_RENOVACAO_LEGAL_DIAS) {
                throw new RegraVioladaException(MENSAGENS, "antecedencia-de-renovacao-acima-do-legal",
                        ANTECEDENCIA_DE_RENOVACAO_LEGAL_DIAS, valores.antecedenciaRenovacaoDias(), linha.regime());
            }
            Integer admissibilidade = valores.prazoAdmissibilidadeDias();
            if (admissibilidade != null) {
                positivo(admissibilidade, "prazoAdmissibilidadeDias", linha.regime());
            }
            if (linha.regime() == RegimeJuridico.LEI_15190
                    && (admissibilidade == null || admissibilidade > ADMISSIBILIDADE_LEGAL_DIAS)) {
                throw new RegraVioladaException(MENSAGENS, "prazo-de-admissibilidade-acima-do-legal", ADMISSIBILIDADE_LEGAL_DIAS);
            }
        }
        for (RegimeJuridico regime : RegimeJuridico.values()) {
            exigida(vistas, MENSAGENS.texto("catalogo.chave.parametros", regime), "parametros");
        }
    }

    private static void positivo(int valor, String campo, RegimeJuridico regime) {
        if (valor < 1) {
            throw new RegraVioladaException(MENSAGENS, "parametro-nao-positivo", campo, regime, valor);
        }
    }

    private static void secao(List<?> linhas, String nome) {
        if (linhas == null || linhas.isEmpty()) {
            throw new RegraVioladaException(MENSAGENS, "catalogo-incompleto.secao", nome);
        }
    }

    private static void unica(Set<String> vistas, String chave, String secao) {
        if (!vistas.add(chave)) {
            throw new RegraVioladaException(MENSAGENS, "catalogo-regra-duplicada", secao, chave);
        }
    }

    /** {@code secao} names what is missing (catalogo-incompleto.regra.<secao>). */
    private static void exigida(Set<String> vistas, String chave, String secao) {
        if (!vistas.contains(chave)) {
            throw new RegraVioladaException(MENSAGENS, "catalogo-incompleto.regra",
                    MENSAGENS.texto("catalogo-incompleto.regra." + secao), chave);
        }
    }

    /** How a rule of the analysis terms is named, the same when it is read and when it is looked for. */
    private static String chaveDoPrazo(TipoLicenca tipo, boolean comEiaRima, RegimeJuridico regime) {
        return MENSAGENS.texto("catalogo.chave.prazo-de-analise", comEiaRima ? 1 : 0, tipo, regime);
    }

    /** {@code variante}: which part of the catalogue lacks a field (catalogo-incompleto.<variante>). */
    private static RegraVioladaException incompleto(String variante) {
        return new RegraVioladaException(MENSAGENS, "catalogo-incompleto." + variante);
    }
}
