# Said in the browser by the page's scripts, in words the server rendered.

# The wait before another confirmation link can be asked for, ticking down.
countdown-new-link = { $seconds ->
    [one] Puedes pedir otro enlace dentro de 1 segundo.
   *[other] Puedes pedir otro enlace dentro de { $seconds } segundos.
}

# A passkey ceremony that ended in the browser.
passkey-browser-no-answer = Algo salió mal. Vuelve a intentarlo.
passkey-browser-not-added = No se añadió ninguna llave de acceso: el cuadro de diálogo del navegador se cerró o se agotó el tiempo de espera.
passkey-browser-held-already = Este dispositivo ya tiene una llave de acceso para esta cuenta.
passkey-browser-not-used = No se usó ninguna llave de acceso: el cuadro de diálogo del navegador se cerró o se agotó el tiempo de espera.
