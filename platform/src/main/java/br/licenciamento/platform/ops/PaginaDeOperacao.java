package br.licenciamento.platform.ops;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The operator's page: one static file that drives the operations API and refreshes itself. */
@Controller
class PaginaDeOperacao {

    @GetMapping({"/ops", "/ops/"})
    String pagina() {
        return "forward:/ops/index.html";
    }
}
