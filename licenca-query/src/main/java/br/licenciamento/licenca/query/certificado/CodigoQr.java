package br.licenciamento.licenca.query.certificado;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.util.Map;

/** The modules of a QR code, drawn by the PDF as vector squares (no image, so nothing to compress or resample). */
final class CodigoQr {

    private CodigoQr() {
    }

    /** One module per cell, no quiet zone (the page around it is white); level M survives a worn print. */
    static BitMatrix modulos(String conteudo) {
        try {
            return new QRCodeWriter().encode(conteudo, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Conteúdo grande demais para um código QR", e);
        }
    }
}
