package br.licenciamento.licenca.query.publico;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public map page: static files (static/mapa) that read the transparency API and the reference layers. */
@Controller
class PaginaDoMapa {

    @GetMapping({"/mapa", "/mapa/"})
    String pagina() {
        return "forward:/mapa/index.html";
    }
}
