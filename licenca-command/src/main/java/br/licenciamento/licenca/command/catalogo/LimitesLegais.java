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
            throw incompleto("Informe o conteúdo do catálogo: uma versão traz o catálogo inteiro.");
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
        return regime == RegimeJuridico.CONAMA_237 ? "CONAMA 237/1997 art. " + artigoConama : "Lei 15.190/2025 art. " + artigoLei;
    }

    private static void enquadramento(List<ConteudoDoCatalogo.Enquadramento> linhas) {
        Set<String> vistas = new HashSet<>();
        for (ConteudoDoCatalogo.Enquadramento linha : linhas) {
            if (linha == null || linha.porte() == null || linha.potencial() == null) {
                throw incompleto("Cada linha do enquadramento precisa de porte, potencial e classe.");
            }
            String chave = "porte " + linha.porte() + " e potencial " + linha.potencial();
            unica(vistas, chave, "enquadramento");
            if (linha.classe() < PRIMEIRA_CLASSE || linha.classe() > ULTIMA_CLASSE) {
                throw new RegraVioladaException("enquadramento-classe-invalida", "A classe do enquadramento vai de "
                        + PRIMEIRA_CLASSE + " a " + ULTIMA_CLASSE + "; para " + chave + " veio " + linha.classe() + ".");
            }
        }
        for (Porte porte : Porte.values()) {
            for (PotencialPoluidor potencial : PotencialPoluidor.values()) {
                exigida(vistas, "porte " + porte + " e potencial " + potencial, "a classe do enquadramento");
            }
        }
    }

    private static void procedimentos(List<RegraDeProcedimento> linhas) {
        Set<String> vistas = new HashSet<>();
        for (RegraDeProcedimento linha : linhas) {
            if (linha == null || linha.modalidade() == null || linha.tiposAdmitidos() == null || linha.estudos() == null
                    || linha.documentosExigidos() == null) {
                throw incompleto("Cada procedimento precisa de classe, modalidade, tiposAdmitidos, estudos e documentosExigidos.");
            }
            if (linha.classe() < PRIMEIRA_CLASSE || linha.classe() > ULTIMA_CLASSE) {
                throw new RegraVioladaException("enquadramento-classe-invalida", "Os procedimentos são das classes "
                        + PRIMEIRA_CLASSE + " a " + ULTIMA_CLASSE + "; veio a classe " + linha.classe() + ".");
            }
            unica(vistas, "classe " + linha.classe(), "procedimentos");
            if (linha.tiposAdmitidos().isEmpty() || linha.tiposAdmitidos().stream().anyMatch(Objects::isNull)
                    || linha.estudos().stream().anyMatch(Objects::isNull)) {
                throw new RegraVioladaException("procedimento-sem-licencas", "O procedimento da classe " + linha.classe()
                        + " precisa admitir ao menos um tipo de licença, sem valores nulos.");
            }
            if (linha.documentosExigidos().isEmpty() || linha.documentosExigidos().size() > MAXIMO_DE_DOCUMENTOS
                    || linha.documentosExigidos().stream().anyMatch(d -> d == null || d.isBlank()
                    || d.length() > MAXIMO_DE_CARACTERES_POR_DOCUMENTO)) {
                throw new RegraVioladaException("procedimento-documentos-invalidos", "O procedimento da classe "
                        + linha.classe() + " precisa de 1 a " + MAXIMO_DE_DOCUMENTOS + " documentos exigidos, cada um com "
                        + "nome de até " + MAXIMO_DE_CARACTERES_POR_DOCUMENTO + " caracteres.");
            }
        }
        for (int classe = PRIMEIRA_CLASSE; classe <= ULTIMA_CLASSE; classe++) {
            exigida(vistas, "classe " + classe, "o procedimento");
        }
    }

    private static void prazosDeAnalise(List<ConteudoDoCatalogo.PrazoDeAnalise> linhas) {
        Set<String> vistas = new HashSet<>();
        for (ConteudoDoCatalogo.PrazoDeAnalise linha : linhas) {
            if (linha == null || linha.regime() == null || linha.tipoLicenca() == null) {
                throw incompleto("Cada prazo de análise precisa de regime, tipoLicenca, comEiaRima e meses.");
            }
            String chave = linha.tipoLicenca() + (linha.comEiaRima() ? " com EIA/RIMA" : " sem EIA/RIMA") + " no regime "
                    + linha.regime();
            unica(vistas, chave, "prazosDeAnalise");
            // Only the self-declared licence (LAC) goes without analysis; every other request needs some time.
            int minimo = linha.tipoLicenca() == TipoLicenca.LAC ? 0 : 1;
            if (linha.meses() < minimo) {
                throw new RegraVioladaException("prazo-de-analise-nao-positivo", "O prazo de análise de " + chave
                        + " deve ser de no mínimo " + minimo + (minimo == 1 ? " mês" : " meses") + "; veio " + linha.meses() + ".");
            }
            int maximo = prazoDeAnaliseMaximo(linha.regime(), linha.tipoLicenca(), linha.comEiaRima());
            if (linha.meses() > maximo) {
                throw new RegraVioladaException("prazo-de-analise-acima-do-legal", "O prazo de análise de " + chave
                        + " é de no máximo " + maximo + " meses (" + lei(linha.regime(), "14", "47")
                        + "); o órgão pode encurtá-lo, nunca alongá-lo. Veio " + linha.meses() + ".");
            }
        }
        for (RegimeJuridico regime : RegimeJuridico.values()) {
            for (TipoLicenca tipo : TipoLicenca.values()) {
                exigida(vistas, tipo + " sem EIA/RIMA no regime " + regime, "o prazo de análise");
                exigida(vistas, tipo + " com EIA/RIMA no regime " + regime, "o prazo de análise");
            }
        }
    }

    private static void validades(List<ConteudoDoCatalogo.Validade> linhas) {
        Set<String> vistas = new HashSet<>();
        for (ConteudoDoCatalogo.Validade linha : linhas) {
            if (linha == null || linha.regime() == null || linha.tipoLicenca() == null) {
                throw incompleto("Cada faixa de validade precisa de regime, tipoLicenca, minimoMeses e maximoMeses.");
            }
            String chave = linha.tipoLicenca() + " no regime " + linha.regime();
            unica(vistas, chave, "validades");
            if (linha.minimoMeses() < 1 || linha.minimoMeses() > linha.maximoMeses()) {
                throw new RegraVioladaException("validade-faixa-invalida", "A faixa de validade de " + chave + " vai de "
                        + linha.minimoMeses() + " a " + linha.maximoMeses() + " meses: o mínimo deve ser de ao menos 1 mês e "
                        + "não passar do máximo.");
            }
            FaixaDeValidade legal = validadeLegal(linha.regime(), linha.tipoLicenca());
            if (linha.minimoMeses() < legal.minimoMeses() || linha.maximoMeses() > legal.maximoMeses()) {
                throw new RegraVioladaException("validade-fora-da-faixa-legal", "A validade de uma " + chave + " vai, por lei, de "
                        + legal.minimoMeses() + " a " + legal.maximoMeses() + " meses (" + lei(linha.regime(), "18", "6")
                        + "); o órgão pode estreitar a faixa, não sair dela. Veio de " + linha.minimoMeses() + " a "
                        + linha.maximoMeses() + ".");
            }
        }
        for (RegimeJuridico regime : RegimeJuridico.values()) {
            for (TipoLicenca tipo : TipoLicenca.values()) {
                exigida(vistas, tipo + " no regime " + regime, "a faixa de validade");
            }
        }
    }

    private static void parametros(List<ConteudoDoCatalogo.Parametros> linhas) {
        Set<String> vistas = new HashSet<>();
        for (ConteudoDoCatalogo.Parametros linha : linhas) {
            if (linha == null || linha.regime() == null || linha.valores() == null) {
                throw incompleto("Cada linha de parâmetros precisa de regime e valores.");
            }
            unica(vistas, "regime " + linha.regime(), "parametros");
            ParametrosDoRegime valores = linha.valores();
            positivo(valores.prazoComplementacaoMeses(), "prazoComplementacaoMeses", linha.regime());
            positivo(valores.antecedenciaRenovacaoDias(), "antecedenciaRenovacaoDias", linha.regime());
            positivo(valores.prazoRecursoDias(), "prazoRecursoDias", linha.regime());
            positivo(valores.prazoJulgamentoRecursoDias(), "prazoJulgamentoRecursoDias", linha.regime());
            positivo(valores.prazoRecursoCondicionanteDias(), "prazoRecursoCondicionanteDias", linha.regime());
            if (valores.antecedenciaRenovacaoDias() > ANTECEDENCIA_DE_RENOVACAO_LEGAL_DIAS) {
                throw new RegraVioladaException("antecedencia-de-renovacao-acima-do-legal", "Quem pede a renovação com "
                        + ANTECEDENCIA_DE_RENOVACAO_LEGAL_DIAS + " dias de antecedência tem a licença prorrogada até a "
                        + "decisão (LC 140/2011 art. 14 § 4); o órgão não pode exigir mais. Veio "
                        + valores.antecedenciaRenovacaoDias() + " no regime " + linha.regime() + ".");
            }
            Integer admissibilidade = valores.prazoAdmissibilidadeDias();
            if (admissibilidade != null) {
                positivo(admissibilidade, "prazoAdmissibilidadeDias", linha.regime());
            }
            if (linha.regime() == RegimeJuridico.LEI_15190
                    && (admissibilidade == null || admissibilidade > ADMISSIBILIDADE_LEGAL_DIAS)) {
                throw new RegraVioladaException("prazo-de-admissibilidade-acima-do-legal", "No regime da Lei 15.190/2025 "
                        + "o estudo só pode ser declarado inadmissível em até " + ADMISSIBILIDADE_LEGAL_DIAS + " dias do início "
                        + "da análise (art. 47 § 2); informe prazoAdmissibilidadeDias de 1 a " + ADMISSIBILIDADE_LEGAL_DIAS + ".");
            }
        }
        for (RegimeJuridico regime : RegimeJuridico.values()) {
            exigida(vistas, "regime " + regime, "os parâmetros");
        }
    }

    private static void positivo(int valor, String campo, RegimeJuridico regime) {
        if (valor < 1) {
            throw new RegraVioladaException("parametro-nao-positivo", "O parâmetro " + campo + " do regime " + regime
                    + " deve ser de ao menos 1; veio " + valor + ".");
        }
    }

    private static void secao(List<?> linhas, String nome) {
        if (linhas == null || linhas.isEmpty()) {
            throw incompleto("Falta a seção '" + nome + "' do catálogo: uma versão traz o catálogo inteiro.");
        }
    }

    private static void unica(Set<String> vistas, String chave, String secao) {
        if (!vistas.add(chave)) {
            throw new RegraVioladaException("catalogo-regra-duplicada", "A seção '" + secao + "' traz duas vezes a regra de "
                    + chave + "; informe cada regra uma só vez.");
        }
    }

    private static void exigida(Set<String> vistas, String chave, String oQue) {
        if (!vistas.contains(chave)) {
            throw incompleto("Falta " + oQue + " de " + chave + ": uma versão traz o catálogo inteiro.");
        }
    }

    private static RegraVioladaException incompleto(String mensagem) {
        return new RegraVioladaException("catalogo-incompleto", mensagem);
    }
}
