package br.licenciamento.licenca.query.publico;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;

/**
 * Public reads (transparency, authenticity) are the same for everyone and change slowly: a successful answer may be
 * kept by browsers and proxies for a minute, and carries an {@code ETag}, so a client that sends it back in
 * {@code If-None-Match} gets 304 without the body. Errors are never cached.
 */
@Configuration(proxyBeanMethods = false)
class CacheDaTransparencia {

    static final String CACHE = "public, max-age=60";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> cacheDasLeiturasPublicas() {
        FilterRegistrationBean<OncePerRequestFilter> registro = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest pedido) {
                return !"GET".equals(pedido.getMethod());
            }

            @Override
            protected void doFilterInternal(HttpServletRequest pedido, HttpServletResponse resposta, FilterChain cadeia)
                    throws ServletException, IOException {
                ContentCachingResponseWrapper capturada = new ContentCachingResponseWrapper(resposta);
                cadeia.doFilter(pedido, capturada);
                if (capturada.getStatus() == HttpServletResponse.SC_OK) {
                    String etag = "\"" + DigestUtils.md5DigestAsHex(capturada.getContentAsByteArray()) + "\"";
                    capturada.setHeader(HttpHeaders.CACHE_CONTROL, CACHE);
                    capturada.setHeader(HttpHeaders.ETAG, etag);
                    if (etag.equals(pedido.getHeader(HttpHeaders.IF_NONE_MATCH))) {
                        capturada.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                        capturada.resetBuffer();
                    }
                }
                capturada.copyBodyToResponse();
            }
        });
        registro.addUrlPatterns("/api/v1/publico/*");
        registro.setName("cacheDasLeiturasPublicas");
        return registro;
    }
}
