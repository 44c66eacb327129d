package br.licenciamento.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import static br.licenciamento.platform.textos.Textos.MENSAGENS;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Spring MVC's own exceptions, routed by ResponseEntityExceptionHandler: the ones a client can fix get their precise
 * Portuguese answer, every other keeps Spring's status with the platform's problem, and a 5xx is never Spring's text.
 */
class ExcecoesDoSpringMvcTest {

    @RestController
    static class Enderecos {

        @GetMapping("/numero/{numero}")
        int numero(@PathVariable int numero) {
            return numero;
        }

        @PostMapping("/numero/{numero}")
        int outroNumero(@PathVariable int numero) {
            return numero;
        }

        @GetMapping("/cabecalho")
        String cabecalho(@RequestHeader("X-Exigido") String valor) {
            return valor;
        }

        @PostMapping("/parte")
        String parte(@RequestPart("arquivo") MultipartFile arquivo) {
            return arquivo.getName();
        }

        @GetMapping("/estado/{codigo}")
        String estado(@PathVariable int codigo) {
            throw new ResponseStatusException(HttpStatus.valueOf(codigo), "texto em inglês que o cliente não vê");
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Enderecos())
            .setControllerAdvice(new TratamentoDeErros()).build();

    @Test
    void valorQueNaoConverteNomeiaOCampo() throws Exception {
        problema(mvc.perform(get("/numero/abc")), 400, "validacao", MENSAGENS.texto("validacao.formato", "numero"))
                .andExpect(jsonPath("$.erros[0].campo").value("numero"));
    }

    @Test
    void cabecalhoAusenteENomeado() throws Exception {
        problema(mvc.perform(get("/cabecalho")), 400, "validacao", MENSAGENS.texto("validacao.cabecalho-ausente", "X-Exigido"));
    }

    @Test
    void metodoNaoAceitoListaOsAceitosEmOrdem() throws Exception {
        problema(mvc.perform(put("/numero/1")), 405, "metodo-nao-permitido",
                MENSAGENS.texto("metodo-nao-aceito.aceitos", "PUT", "GET, POST"))
                .andExpect(header().string("Allow", "GET, POST"));
    }

    @Test
    void excecaoSemGanchoProprioMantemOStatusDoSpringComTextoEmPortugues() throws Exception {
        problema(mvc.perform(multipart("/parte")), 400, "requisicao-invalida", MENSAGENS.texto("requisicao-invalida"));
        problema(mvc.perform(get("/estado/409")), 409, "conflito", MENSAGENS.texto("requisicao-invalida"));
    }

    @Test
    void erroDoServidorNuncaLevaOTextoDoSpring() throws Exception {
        problema(mvc.perform(get("/estado/500")), 500, "erro-interno", MENSAGENS.texto("erro-interno"));
    }

    private static ResultActions problema(ResultActions resposta, int status, String tipo, String detalhe) throws Exception {
        return resposta.andExpect(status().is(status))
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andExpect(jsonPath("$.type").value("urn:licenciamento:problema:" + tipo))
                .andExpect(jsonPath("$.title").value(Problemas.titulo(status)))
                .andExpect(jsonPath("$.detail").value(detalhe));
    }
}
