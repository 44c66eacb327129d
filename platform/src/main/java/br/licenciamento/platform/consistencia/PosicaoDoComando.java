package br.licenciamento.platform.consistencia;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import java.util.Set;

/**
 * Puts the read position on every accepted command's answer: the head of the event store as the command's own
 * transaction sees it, which is at or after the command's events. Only where the event store is this database (the
 * one-process platform); behind Axon Server the answer goes without it.
 */
@RestControllerAdvice
public class PosicaoDoComando implements ResponseBodyAdvice<Object> {

    private static final Set<String> ESCRITAS = Set.of("POST", "PUT", "DELETE", "PATCH");

    private final JdbcClient jdbc;
    private final boolean lojaNesteBanco;

    PosicaoDoComando(JdbcClient jdbc, ObjectProvider<EventStorageEngine> armazenamento) {
        this.jdbc = jdbc;
        this.lojaNesteBanco = armazenamento.getIfAvailable() instanceof JdbcEventStorageEngine;
    }

    @Override
    public boolean supports(MethodParameter metodo, Class<? extends HttpMessageConverter<?>> conversor) {
        return lojaNesteBanco;
    }

    @Override
    public Object beforeBodyWrite(Object corpo, MethodParameter metodo, MediaType tipo,
                                  Class<? extends HttpMessageConverter<?>> conversor, ServerHttpRequest pedido,
                                  ServerHttpResponse resposta) {
        if (ESCRITAS.contains(pedido.getMethod().name()) && pedido.getURI().getPath().startsWith("/api/v1/")
                && resposta instanceof ServletServerHttpResponse servlet && sucesso(servlet.getServletResponse())) {
            jdbc.sql("SELECT max(global_index) FROM axon.domain_event_entry").query(Long.class).optional()
                    .ifPresent(posicao -> resposta.getHeaders().set(PosicaoDeLeitura.CABECALHO, posicao.toString()));
        }
        return corpo;
    }

    private static boolean sucesso(HttpServletResponse resposta) {
        return resposta.getStatus() >= 200 && resposta.getStatus() < 300;
    }
}
