package br.licenciamento.notificacao.entrega;

import br.licenciamento.api.comum.Mensagens;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static br.licenciamento.notificacao.Textos.MENSAGENS;

/**
 * The notifications: which process or licence, what happened, what to do and by when. The same text goes to the
 * inbox and to the e-mail; the sentences are in {@code mensagens.properties} (keys {@code <modelo>.assunto},
 * {@code .aconteceu}, {@code .fazer}).
 */
public final class Modelos {

    public record Mensagem(String assunto, String texto) {
    }

    private Modelos() {
    }

    public static String data(LocalDate dia) {
        return Mensagens.data(dia);
    }

    /**
     * @param sobre     the process or licence, as the body's first line
     * @param assunto   arguments of the subject
     * @param aconteceu arguments of what happened
     */
    private static Mensagem mensagem(String modelo, String sobre, Object[] assunto, Object[] aconteceu, Object[] fazer,
                                     LocalDate ate) {
        String texto = sobre + "\n\n"
                + MENSAGENS.texto("modelo.aconteceu", MENSAGENS.texto(modelo + ".aconteceu", aconteceu)) + "\n"
                + MENSAGENS.texto("modelo.fazer", MENSAGENS.texto(modelo + ".fazer", fazer)) + "\n"
                + (ate == null ? "" : MENSAGENS.texto("modelo.prazo", ate) + "\n");
        return new Mensagem(MENSAGENS.texto(modelo + ".assunto", assunto), texto);
    }

    private static Object[] com(Object... argumentos) {
        return argumentos;
    }

    private static String processo(ReferenciaDoProcesso p) {
        return p.descricao();
    }

    private static String licenca(String numero) {
        return MENSAGENS.texto("modelo.licenca", numero);
    }

    public static Mensagem prazoDeAnaliseEm80(ReferenciaDoProcesso p, LocalDate prazo) {
        return mensagem("prazo-de-analise-em-80", processo(p), com(processo(p)), com(), com(), prazo);
    }

    public static Mensagem prazoDeAnaliseExcedidoAoOrgao(ReferenciaDoProcesso p, LocalDate prazo) {
        return mensagem("prazo-de-analise-excedido-ao-orgao", processo(p), com(processo(p)), com(prazo), com(), null);
    }

    public static Mensagem prazoDeAnaliseExcedidoAoRequerente(ReferenciaDoProcesso p, LocalDate prazo) {
        return mensagem("prazo-de-analise-excedido-ao-requerente", processo(p), com(processo(p)), com(prazo), com(), null);
    }

    public static Mensagem complementacaoSolicitada(ReferenciaDoProcesso p, List<String> itens, LocalDate respostaAte) {
        return mensagem("complementacao-solicitada", processo(p), com(processo(p)), com(String.join("; ", itens)), com(),
                respostaAte);
    }

    public static Mensagem arquivadoPorFaltaDeComplementacao(ReferenciaDoProcesso p, LocalDate respostaAte) {
        return mensagem("arquivado-por-falta-de-complementacao", processo(p), com(processo(p)), com(respostaAte), com(),
                null);
    }

    public static Mensagem guiaEmitida(ReferenciaDoProcesso p, String guiaId, BigDecimal valor, LocalDate pagarAte) {
        return mensagem("guia-emitida", processo(p), com(processo(p)), com(guiaId, Mensagens.reais(valor)), com(),
                pagarAte);
    }

    public static Mensagem canceladoPorFaltaDePagamento(ReferenciaDoProcesso p, String guiaId) {
        return mensagem("cancelado-por-falta-de-pagamento", processo(p), com(processo(p)), com(guiaId), com(), null);
    }

    public static Mensagem renovacaoSeAproxima(String licenca, LocalDate validaAte, LocalDate pedirAte) {
        return mensagem("renovacao-se-aproxima", licenca(licenca), com(licenca, validaAte), com(validaAte), com(pedirAte),
                pedirAte);
    }

    public static Mensagem prorrogadaAteADecisao(String licenca, LocalDate validaAte) {
        return mensagem("prorrogada-ate-a-decisao", licenca(licenca), com(licenca), com(validaAte), com(), null);
    }

    public static Mensagem licencaVencida(String licenca, LocalDate validaAte) {
        return mensagem("licenca-vencida", licenca(licenca), com(licenca), com(validaAte), com(), null);
    }

    public static Mensagem condicionanteSeAproxima(String licenca, String descricao, LocalDate prazo) {
        return mensagem("condicionante-se-aproxima", licenca(licenca), com(licenca, prazo), com(descricao, prazo), com(),
                prazo);
    }

    public static Mensagem condicionanteDescumprida(String licenca, String descricao, LocalDate prazo) {
        return mensagem("condicionante-descumprida", licenca(licenca), com(licenca), com(descricao, prazo), com(), null);
    }
}
