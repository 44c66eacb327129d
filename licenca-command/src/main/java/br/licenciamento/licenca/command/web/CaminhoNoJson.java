package br.licenciamento.licenca.command.web;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Where in a JSON body a value could not be read, as a person names it: {@code licenca.condicionantes[0].prazo}. */
public final class CaminhoNoJson {

    private CaminhoNoJson() {
    }

    /** The path of the failed value; empty when the failure is about the body as a whole. */
    public static String de(JsonMappingException e) {
        StringBuilder caminho = new StringBuilder();
        for (JsonMappingException.Reference parte : e.getPath()) {
            if (parte.getFieldName() != null) {
                caminho.append(caminho.isEmpty() ? "" : ".").append(parte.getFieldName());
            } else if (parte.getIndex() >= 0) {
                caminho.append('[').append(parte.getIndex()).append(']');
            }
        }
        return caminho.toString();
    }
}
