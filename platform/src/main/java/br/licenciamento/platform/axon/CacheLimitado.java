package br.licenciamento.platform.axon;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Aggregates or sagas kept in memory between messages, up to {@code capacidade}; the least recently used one leaves
 * when it is full. An entry read or written by a unit of work that rolls back leaves the cache: the handler may have
 * changed the cached object in place, and what the database kept is what counts (Axon's saga cache is not
 * transaction-aware by itself; its aggregate repository already removes its own entries on rollback).
 */
public final class CacheLimitado implements Cache {

    private final int capacidade;
    private final Map<Object, Object> entradas;
    private final List<EntryListener> ouvintes = new CopyOnWriteArrayList<>();

    public CacheLimitado(int capacidade) {
        if (capacidade < 1) {
            throw new IllegalArgumentException("capacidade deve ser 1 ou mais: " + capacidade);
        }
        this.capacidade = capacidade;
        this.entradas = new LinkedHashMap<>(Math.min(capacidade, 1024), 0.75f, true);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K chave) {
        Object valor;
        synchronized (this) {
            valor = entradas.get(chave);
        }
        if (valor != null) {
            esquecerSeDesfeito(chave);
            ouvintes.forEach(o -> o.onEntryRead(chave, valor));
        }
        return (V) valor;
    }

    @Override
    public void put(Object chave, Object valor) {
        Object anterior;
        List<Object> expulsos;
        synchronized (this) {
            anterior = entradas.put(chave, valor);
            expulsos = anterior == null ? expulsarExcedente() : List.of();
        }
        esquecerSeDesfeito(chave);
        if (anterior == null) {
            ouvintes.forEach(o -> o.onEntryCreated(chave, valor));
        } else {
            ouvintes.forEach(o -> o.onEntryUpdated(chave, valor));
        }
        expulsos.forEach(expulso -> ouvintes.forEach(o -> o.onEntryExpired(expulso)));
    }

    @Override
    public boolean putIfAbsent(Object chave, Object valor) {
        synchronized (this) {
            if (entradas.containsKey(chave)) {
                return false;
            }
        }
        put(chave, valor);
        return true;
    }

    @Override
    public <T> T computeIfAbsent(Object chave, Supplier<T> valor) {
        T existente = get(chave);
        if (existente != null) {
            return existente;
        }
        T novo = valor.get();
        put(chave, novo);
        return novo;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object chave, UnaryOperator<V> alteracao) {
        V atual = get(chave);
        if (atual != null) {
            put(chave, alteracao.apply(atual));
        }
    }

    @Override
    public boolean remove(Object chave) {
        boolean havia;
        synchronized (this) {
            havia = entradas.remove(chave) != null;
        }
        if (havia) {
            ouvintes.forEach(o -> o.onEntryRemoved(chave));
        }
        return havia;
    }

    @Override
    public void removeAll() {
        List<Object> chaves;
        synchronized (this) {
            chaves = List.copyOf(entradas.keySet());
            entradas.clear();
        }
        chaves.forEach(chave -> ouvintes.forEach(o -> o.onEntryRemoved(chave)));
    }

    @Override
    public synchronized boolean containsKey(Object chave) {
        return entradas.containsKey(chave);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener ouvinte) {
        ouvintes.add(ouvinte);
        return () -> ouvintes.remove(ouvinte);
    }

    synchronized int tamanho() {
        return entradas.size();
    }

    private void esquecerSeDesfeito(Object chave) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().onRollback(u -> remove(chave));
        }
    }

    private List<Object> expulsarExcedente() {
        List<Object> expulsos = new java.util.ArrayList<>();
        var antigos = entradas.keySet().iterator();
        while (entradas.size() > capacidade && antigos.hasNext()) {
            expulsos.add(antigos.next());
            antigos.remove();
        }
        return expulsos;
    }
}
