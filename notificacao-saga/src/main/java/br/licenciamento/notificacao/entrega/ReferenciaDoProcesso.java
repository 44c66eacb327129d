package br.licenciamento.notificacao.entrega;

import static br.licenciamento.notificacao.Textos.MENSAGENS;

/** What a notification says about the process it concerns; kept by the sagas from the filing event. */
public record ReferenciaDoProcesso(String processoId, String numero, String requerenteId, String empreendimento) {

    public String descricao() {
        return MENSAGENS.texto("modelo.processo", numero, empreendimento);
    }
}
