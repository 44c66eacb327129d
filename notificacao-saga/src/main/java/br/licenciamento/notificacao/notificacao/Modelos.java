package br.licenciamento.notificacao.notificacao;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The Portuguese texts of every notification: which process or licence, what happened, what to do and by when.
 * The same text goes to the inbox and to the e-mail.
 */
public final class Modelos {

    private static final DateTimeFormatter DATA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public record Mensagem(String assunto, String texto) {
    }

    private Modelos() {
    }

    public static String data(LocalDate dia) {
        return dia.format(DATA);
    }

    private static Mensagem mensagem(String assunto, String sobre, String aconteceu, String fazer, LocalDate ate) {
        String texto = sobre + "\n\n"
                + "O que aconteceu: " + aconteceu + "\n"
                + "O que fazer: " + fazer + "\n"
                + (ate == null ? "" : "Prazo: ate " + data(ate) + " (23h59, horario de Brasilia).\n");
        return new Mensagem(assunto, texto);
    }

    public static Mensagem prazoDeAnaliseEm80(ReferenciaDoProcesso p, LocalDate prazo) {
        return mensagem(p.descricao() + ": 80% do prazo de analise consumido", p.descricao(),
                "80% do prazo legal de analise do orgao ja passou.",
                "Concluir a analise e emitir o parecer antes do fim do prazo; nao ha aprovacao tacita.", prazo);
    }

    public static Mensagem prazoDeAnaliseExcedidoAoOrgao(ReferenciaDoProcesso p, LocalDate prazo) {
        return mensagem(p.descricao() + ": prazo de analise excedido", p.descricao(),
                "O prazo legal de analise terminou em " + data(prazo) + " sem decisao; o atraso foi registrado.",
                "Priorizar a decisao do processo. O requerente pode pedir que outro ente assuma o licenciamento "
                        + "(LC 140 art. 14 par. 3).", null);
    }

    public static Mensagem prazoDeAnaliseExcedidoAoRequerente(ReferenciaDoProcesso p, LocalDate prazo) {
        return mensagem(p.descricao() + ": o orgao excedeu o prazo de analise", p.descricao(),
                "O prazo de analise do orgao terminou em " + data(prazo) + " sem decisao. Nao ha aprovacao tacita.",
                "Se quiser, peca que outro ente federativo assuma o licenciamento (LC 140 art. 14 par. 3 e art. 15).",
                null);
    }

    public static Mensagem complementacaoSolicitada(ReferenciaDoProcesso p, List<String> itens, LocalDate respostaAte) {
        return mensagem(p.descricao() + ": complementacao solicitada", p.descricao(),
                "O orgao pediu complementacao: " + String.join("; ", itens) + ".",
                "Anexe os documentos ao processo e responda a complementacao. Sem resposta no prazo o processo "
                        + "sera arquivado e um novo pedido exigira nova taxa (LC 140 art. 16 e 17).", respostaAte);
    }

    public static Mensagem arquivadoPorFaltaDeComplementacao(ReferenciaDoProcesso p, LocalDate respostaAte) {
        return mensagem(p.descricao() + ": processo arquivado", p.descricao(),
                "A complementacao nao foi atendida ate " + data(respostaAte) + " e o processo foi arquivado "
                        + "(LC 140 art. 16).",
                "Para seguir com o licenciamento, protocole um novo pedido; ele exige nova taxa.", null);
    }

    public static Mensagem guiaEmitida(ReferenciaDoProcesso p, String guiaId, String valor, LocalDate pagarAte) {
        return mensagem(p.descricao() + ": guia da taxa de licenciamento", p.descricao(),
                "Foi emitida a guia " + guiaId + " da taxa de licenciamento, no valor de R$ " + valor + ".",
                "Pague a guia; a analise so comeca depois da confirmacao do pagamento. Sem pagamento no prazo o "
                        + "pedido sera cancelado.", pagarAte);
    }

    public static Mensagem canceladoPorFaltaDePagamento(ReferenciaDoProcesso p, String guiaId) {
        return mensagem(p.descricao() + ": pedido cancelado por falta de pagamento", p.descricao(),
                "A guia " + guiaId + " nao foi paga no prazo e o pedido foi cancelado.",
                "Para seguir com o licenciamento, protocole um novo pedido e pague a nova guia.", null);
    }

    public static Mensagem renovacaoSeAproxima(String licenca, LocalDate validaAte, LocalDate pedirAte) {
        return mensagem("Licenca " + licenca + ": vencimento em " + data(validaAte), "Licenca " + licenca,
                "A licenca vence em " + data(validaAte) + ".",
                "Peca a renovacao ate " + data(pedirAte) + " para que a licenca "
                        + "fique prorrogada ate a decisao (LC 140 art. 14 par. 4).", pedirAte);
    }

    public static Mensagem prorrogadaAteADecisao(String licenca, LocalDate validaAte) {
        return mensagem("Licenca " + licenca + ": prorrogada ate a decisao da renovacao", "Licenca " + licenca,
                "A renovacao foi pedida a tempo; a licenca, que venceria em " + data(validaAte)
                        + ", segue valida ate a decisao.", "Acompanhe a analise da renovacao.", null);
    }

    public static Mensagem licencaVencida(String licenca, LocalDate validaAte) {
        return mensagem("Licenca " + licenca + ": vencida", "Licenca " + licenca,
                "A licenca venceu em " + data(validaAte) + " sem pedido de renovacao a tempo.",
                "A atividade nao esta mais licenciada: protocole um novo pedido de licenca.", null);
    }

    public static Mensagem condicionanteSeAproxima(String licenca, String descricao, LocalDate prazo) {
        return mensagem("Licenca " + licenca + ": condicionante vence em " + data(prazo), "Licenca " + licenca,
                "A condicionante \"" + descricao + "\" vence em " + data(prazo) + ".",
                "Apresente o relatorio de cumprimento com o documento comprobatorio.", prazo);
    }

    public static Mensagem condicionanteDescumprida(String licenca, String descricao, LocalDate prazo) {
        return mensagem("Licenca " + licenca + ": condicionante descumprida", "Licenca " + licenca,
                "A condicionante \"" + descricao + "\" venceu em " + data(prazo) + " sem relatorio aprovado e foi "
                        + "registrada como descumprida.",
                "Avaliar as medidas cabiveis (notificacao, suspensao ou cancelamento da licenca).", null);
    }
}
