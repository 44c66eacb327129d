package br.licenciamento.licenca.query.dossie;

import org.bson.Document;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one event changes in a dossier, described once by {@link DossieProjection} and applied by a
 * {@link DestinoDoDossie}: MongoDB for the live dossier, memory for the dossier as it was at a past instant. Only
 * operations that give the same result however often and in whatever order they are applied: set a field, add to a
 * set-like list, move a timestamp forward.
 */
final class Mudanca {

    private final Map<String, Object> definidos = new LinkedHashMap<>();
    private final Map<String, List<Object>> acrescidos = new LinkedHashMap<>();
    private final Map<String, Instant> avancados = new LinkedHashMap<>();
    private final Map<String, Long> maximos = new LinkedHashMap<>();
    private final Set<String> analistasQueSairam = new LinkedHashSet<>();

    Mudanca definir(String campo, Object valor) {
        definidos.put(campo, valor);
        return this;
    }

    /** Adds the item to a list unless an equal one is already there. */
    Mudanca acrescentar(String lista, Object item) {
        acrescidos.computeIfAbsent(lista, l -> new ArrayList<>()).add(item);
        return this;
    }

    /** Sets the timestamp only if it is later than the stored one. */
    Mudanca avancar(String campo, Instant instante) {
        avancados.merge(campo, instante, (a, b) -> a.isAfter(b) ? a : b);
        return this;
    }

    /** The analyst who had the process before this change: their live list must hear that it left. */
    /** Raises a number to {@code valor} unless it is already higher (a redelivered event never lowers it). */
    Mudanca maximo(String campo, long valor) {
        maximos.merge(campo, valor, Math::max);
        return this;
    }

    Mudanca saindoDoAnalista(String analista) {
        if (analista != null) {
            analistasQueSairam.add(analista);
        }
        return this;
    }

    Set<String> analistasQueSairam() {
        return analistasQueSairam;
    }

    /**
     * This change followed by a later one, as one change: the later value of a field wins, list items and timestamps
     * accumulate. Applying the sum gives the document that applying both in order gives.
     */
    Mudanca seguidaDe(Mudanca depois) {
        definidos.putAll(depois.definidos);
        depois.acrescidos.forEach((lista, itens) -> acrescidos.computeIfAbsent(lista, l -> new ArrayList<>()).addAll(itens));
        depois.avancados.forEach(this::avancar);
        depois.maximos.forEach(this::maximo);
        analistasQueSairam.addAll(depois.analistasQueSairam);
        return this;
    }

    Update paraMongo() {
        Update update = new Update();
        definidos.forEach(update::set);
        acrescidos.forEach((lista, itens) -> update.addToSet(lista).each(itens.toArray()));
        avancados.forEach(update::max);
        maximos.forEach(update::max);
        return update;
    }

    /** The same change on a document in memory, with values converted exactly as MongoDB would store them. */
    @SuppressWarnings("unchecked")
    void aplicarEm(Document documento, MongoConverter conversor) {
        definidos.forEach((campo, valor) -> documento.put(campo, conversor.convertToMongoType(valor)));
        acrescidos.forEach((campo, itens) -> {
            List<Object> lista = (List<Object>) documento.computeIfAbsent(campo, c -> new ArrayList<>());
            for (Object item : itens) {
                Object convertido = conversor.convertToMongoType(item);
                if (!lista.contains(convertido)) {
                    lista.add(convertido);
                }
            }
        });
        maximos.forEach((campo, valor) -> {
            Object atual = documento.get(campo);
            if (!(atual instanceof Number numero) || numero.longValue() < valor) {
                documento.put(campo, valor);
            }
        });
        avancados.forEach((campo, instante) -> {
            Date novo = Date.from(instante);
            Object atual = documento.get(campo);
            if (!(atual instanceof Date data) || data.before(novo)) {
                documento.put(campo, novo);
            }
        });
    }
}
