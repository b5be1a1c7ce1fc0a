# Error pages: what went wrong, in words, never its cause.

error-go-home = Ir a la página de inicio
error-unreadable-title = No se pudo leer esta solicitud
error-unreadable-message = Lo que envió el navegador estaba incompleto o mal formado. Vuelve atrás, recarga la página e inténtalo de nuevo.
error-not-found-title = Página no encontrada
error-not-found-message = No hay nada en esta dirección. Puede que se haya movido o que el enlace esté mal escrito.
error-method-title = Esta acción no está disponible aquí
error-method-message = Esta dirección no acepta ese tipo de solicitud. Vuelve atrás y usa los botones de la propia página.
error-too-large-title = Demasiados datos
error-too-large-message = El formulario envió más datos de los que acepta este sitio. Acorta lo que escribiste e inténtalo de nuevo.
error-too-many-title = Demasiados intentos
error-too-many-message = Espera un poco antes de volver a intentarlo.
error-busy-title = El servidor está ocupado
error-busy-message = Se están atendiendo demasiadas solicitudes a la vez. Vuelve a intentarlo en un momento.
error-failed-title = Algo salió mal por nuestra parte
error-failed-message = El problema ha quedado registrado. Vuelve a intentarlo en un momento.
error-cross-site-title = Solicitud rechazada
error-cross-site-message = Este formulario se envió desde otro sitio, así que no se aceptó. Ve a la página en este sitio y envíalo desde allí.
# A server function's answer to a call it cannot decode (read by the page's script).
error-unreadable-call = No se pudo leer esta solicitud.
# Said by a server function when it fails or is too busy.
error-call-failed = Algo salió mal por nuestra parte. Vuelve a intentarlo.
error-call-busy = El servidor está ocupado. Vuelve a intentarlo en un momento.
error-sign-in-again = Vuelve a iniciar sesión.
# A server function called without the account it needs.
error-confirmed-account-first = Primero inicia sesión con una cuenta confirmada.
