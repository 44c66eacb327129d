// The public map: licences and processes from the transparency API over the agency's reference layers, all drawn as
// vectors (no tile server: the platform must work without the internet). Everything a person reads is Portuguese.
(function () {
  'use strict';

  var BRASIL = [[-34.0, -74.0], [5.5, -34.0]];
  var TIPOS_DE_CAMADA = {
    UNIDADE_DE_CONSERVACAO: { rotulo: 'Unidade de conservação', cor: '#2da44e' },
    TERRA_INDIGENA: { rotulo: 'Terra indígena', cor: '#bc4c00' },
    TERRITORIO_QUILOMBOLA: { rotulo: 'Território quilombola', cor: '#8250df' },
    LIMITE_ESTADUAL: { rotulo: 'Limite estadual', cor: '#57606a' },
    LIMITE_MUNICIPAL: { rotulo: 'Limite municipal', cor: '#8c959f' },
    OUTRA: { rotulo: 'Outra camada', cor: '#0969da' }
  };
  var ESFERAS = { FEDERAL: 'federal', ESTADUAL: 'estadual', MUNICIPAL: 'municipal' };
  var SITUACOES = {
    VIGENTE: 'Vigente', SUSPENSA: 'Suspensa', CANCELADA: 'Cancelada', VENCIDA: 'Vencida',
    PROTOCOLADO: 'Protocolado', ENQUADRADO: 'Enquadrado', AGUARDANDO_PAGAMENTO: 'Aguardando pagamento',
    EM_ADMISSIBILIDADE: 'Em admissibilidade', EM_ANALISE: 'Em análise',
    AGUARDANDO_COMPLEMENTACAO: 'Aguardando complementação', DEFERIDO: 'Deferido', INDEFERIDO: 'Indeferido',
    ARQUIVADO: 'Arquivado'
  };

  var parametros = new URLSearchParams(window.location.search);
  // A bbox in the address fixes the area (a shared link); without it the data follows the view.
  var bboxFixa = parametros.get('bbox');
  var situacao = document.getElementById('situacao');
  var listaDeCamadas = document.getElementById('camadas');

  var mapa = L.map('mapa', { zoomControl: true, preferCanvas: false });
  mapa.attributionControl.setPrefix('Leaflet');
  mapa.createPane('camadas').style.zIndex = 350;
  var controle = L.control.layers(null, null, { collapsed: false }).addTo(mapa);
  var licencas = L.featureGroup().addTo(mapa);
  controle.addOverlay(licencas, 'Licenças e processos');
  var camadas = {};

  if (bboxFixa && /^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$/.test(bboxFixa)) {
    var c = bboxFixa.split(',').map(Number);
    mapa.fitBounds([[c[1], c[0]], [c[3], c[2]]]);
  } else {
    bboxFixa = null;
    mapa.fitBounds(BRASIL);
  }

  function bboxDaVista() {
    if (bboxFixa) {
      return bboxFixa;
    }
    var b = mapa.getBounds();
    function limite(v, max) { return Math.max(-max, Math.min(max, v)).toFixed(6); }
    return [limite(b.getWest(), 180), limite(b.getSouth(), 90), limite(b.getEast(), 180), limite(b.getNorth(), 90)].join(',');
  }

  function texto(elemento, conteudo) {
    var e = document.createElement(elemento);
    e.textContent = conteudo;
    return e;
  }

  /** A popup built from text nodes only: nothing from the data is ever read as HTML. */
  function popup(titulo, linhas) {
    var caixa = document.createElement('div');
    caixa.className = 'popup';
    caixa.appendChild(texto('h3', titulo));
    var lista = document.createElement('dl');
    linhas.forEach(function (linha) {
      if (linha[1] !== null && linha[1] !== undefined && linha[1] !== '') {
        lista.appendChild(texto('dt', linha[0]));
        lista.appendChild(texto('dd', linha[1]));
      }
    });
    caixa.appendChild(lista);
    return caixa;
  }

  function data(iso) {
    if (!iso) { return null; }
    var p = iso.split('-');
    return p[2] + '/' + p[1] + '/' + p[0];
  }

  function desenharLicencas(colecao) {
    licencas.clearLayers();
    var contagem = { licenca: 0, processo: 0 };
    L.geoJSON(colecao, {
      pointToLayer: function (feicao, latlng) {
        return L.circleMarker(latlng, { radius: 8 });
      },
      style: function (feicao) {
        var licenca = feicao.properties.categoria === 'licenca';
        return {
          className: licenca ? 'mapa-licenca' : 'mapa-processo',
          color: licenca ? '#1a7f37' : '#bf8700', fillColor: licenca ? '#2da44e' : '#d4a72c',
          weight: 2, fillOpacity: 0.6
        };
      },
      onEachFeature: function (feicao, camada) {
        var p = feicao.properties;
        contagem[p.categoria] = (contagem[p.categoria] || 0) + 1;
        var licenca = p.categoria === 'licenca';
        camada.bindPopup(popup((licenca ? 'Licença ' : 'Processo ') + p.numero, [
          ['Tipo', p.tipoLicenca],
          ['Situação', SITUACOES[p.situacao] || p.situacao],
          ['Empreendimento', p.empreendimento],
          ['Município (IBGE)', p.municipioIbge],
          ['Válida até', data(p.validaAte)],
          ['Processo', licenca ? p.processoNumero : null]
        ]));
      }
    }).eachLayer(function (camada) { licencas.addLayer(camada); });
    var resumo = contagem.licenca + (contagem.licenca === 1 ? ' licença' : ' licenças') + ' e ' + contagem.processo
      + (contagem.processo === 1 ? ' processo' : ' processos') + ' nesta área';
    if (colecao.total > colecao.features.length) {
      resumo += ' (mostrando ' + colecao.features.length + ' de ' + colecao.total + '; aproxime o mapa para ver todos)';
    }
    situacao.textContent = resumo + '.';
    situacao.dataset.licencas = String(contagem.licenca);
    situacao.dataset.processos = String(contagem.processo);
  }

  function carregarLicencas() {
    return fetch('/api/v1/publico/mapa?tamanho=1000&bbox=' + encodeURIComponent(bboxDaVista()),
      { headers: { Accept: 'application/geo+json' } })
      .then(function (resposta) {
        if (!resposta.ok) { throw new Error(String(resposta.status)); }
        return resposta.json();
      })
      .then(desenharLicencas)
      .catch(function () {
        situacao.textContent = 'Não foi possível carregar as licenças agora. Tente novamente em instantes.';
      });
  }

  function estiloDaCamada(tipo) {
    var t = TIPOS_DE_CAMADA[tipo] || TIPOS_DE_CAMADA.OUTRA;
    return { pane: 'camadas', color: t.cor, weight: 1.5, fillOpacity: 0.15, className: 'mapa-camada' };
  }

  function carregarFeicoes(camada) {
    return fetch('/api/v1/camadas/' + encodeURIComponent(camada.camadaId) + '/feicoes?bbox='
      + encodeURIComponent(bboxDaVista()))
      .then(function (resposta) { return resposta.ok ? resposta.json() : null; })
      .then(function (colecao) {
        var grupo = camadas[camada.camadaId];
        grupo.clearLayers();
        if (!colecao) { return; }
        L.geoJSON(colecao, {
          pane: 'camadas',
          style: function () { return estiloDaCamada(camada.tipo); },
          pointToLayer: function (f, latlng) { return L.circleMarker(latlng, estiloDaCamada(camada.tipo)); },
          onEachFeature: function (feicao, l) {
            var p = feicao.properties || {};
            l.bindPopup(popup(p.nome || 'Feição', [
              ['Camada', camada.nome + ' (versão ' + camada.versao + ')'],
              ['Tipo', (TIPOS_DE_CAMADA[p.tipo || camada.tipo] || TIPOS_DE_CAMADA.OUTRA).rotulo],
              ['Esfera', ESFERAS[p.esfera] || p.esfera],
              ['Categoria', p.categoria],
              ['Identificador', p.id]
            ]));
          }
        }).eachLayer(function (l) { grupo.addLayer(l); });
      })
      .catch(function () { /* A layer that cannot be read now is simply not drawn. */ });
  }

  /** The reference layers are optional: no layers loaded (or none served here) leaves only the licences. */
  function carregarCamadas() {
    return fetch('/api/v1/camadas')
      .then(function (resposta) { return resposta.ok ? resposta.json() : []; })
      .catch(function () { return []; })
      .then(function (lista) {
        lista = Array.isArray(lista) ? lista : [];
        listaDeCamadas.textContent = '';
        if (lista.length === 0) {
          listaDeCamadas.appendChild(texto('li', 'Nenhuma camada de referência carregada.'));
        }
        lista.forEach(function (camada) {
          if (!camadas[camada.camadaId]) {
            camadas[camada.camadaId] = L.featureGroup().addTo(mapa);
            controle.addOverlay(camadas[camada.camadaId], camada.nome);
          }
          listaDeCamadas.appendChild(texto('li', camada.nome + ' — versão ' + camada.versao + ', '
            + camada.feicoes + (camada.feicoes === 1 ? ' feição' : ' feições')));
        });
        return Promise.all(lista.map(carregarFeicoes));
      });
  }

  var espera = null;
  mapa.on('moveend', function () {
    if (bboxFixa) { return; }
    clearTimeout(espera);
    espera = setTimeout(function () {
      carregarLicencas();
      carregarCamadas();
    }, 300);
  });

  carregarCamadas().then(carregarLicencas).then(function () {
    document.body.dataset.carregado = 'true';
  });
})();
