package br.licenciamento.notificacao.entrega;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The notifications a saga raised in a fixture test, one per key as in the real table. */
public class NotificadorEmMemoria implements Notificador {

    private final Map<String, Notificacao> porChave = new LinkedHashMap<>();

    @Override
    public void notificar(Notificacao notificacao) {
        porChave.putIfAbsent(notificacao.chave(), notificacao);
    }

    public List<Notificacao> todas() {
        return new ArrayList<>(porChave.values());
    }

    public List<Notificacao> doTipo(String tipo) {
        return porChave.values().stream().filter(n -> n.tipo().equals(tipo)).toList();
    }
}
