# Error pages: what went wrong, in words, never its cause.

error-go-home = الانتقال إلى الصفحة الرئيسية
error-unreadable-title = تعذّرت قراءة هذا الطلب
error-unreadable-message = ما أرسله المتصفح كان ناقصًا أو غير سليم. ارجع، وأعد تحميل الصفحة، ثم حاول مرة أخرى.
error-not-found-title = الصفحة غير موجودة
error-not-found-message = لا يوجد شيء على هذا العنوان. ربما نُقلت الصفحة، أو ربما كُتب الرابط بشكل خاطئ.
error-method-title = هذا الإجراء غير متاح هنا
error-method-message = لا يقبل هذا العنوان هذا النوع من الطلبات. ارجع واستخدم أزرار الصفحة نفسها.
error-too-large-title = بيانات كثيرة جدًا
error-too-large-message = أرسل النموذج بيانات أكثر مما يقبله هذا الموقع. اختصر ما أدخلته وحاول مرة أخرى.
error-too-many-title = محاولات كثيرة جدًا
error-too-many-message = يُرجى الانتظار قليلًا قبل المحاولة مرة أخرى.
error-busy-title = الخادم مشغول
error-busy-message = تجري معالجة طلبات كثيرة جدًا في آن واحد. يُرجى المحاولة مرة أخرى بعد لحظات.
error-failed-title = حدث خطأ من جهتنا
error-failed-message = سُجّلت المشكلة. يُرجى المحاولة مرة أخرى بعد لحظات.
error-cross-site-title = رُفض الطلب
error-cross-site-message = أُرسل هذا النموذج من موقع آخر، لذا لم يُقبل. انتقل إلى الصفحة على هذا الموقع وأرسله من هناك.
# A server function's answer to a call it cannot decode (read by the page's script).
error-unreadable-call = تعذّرت قراءة هذا الطلب.
# Said by a server function when it fails or is too busy.
error-call-failed = حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى.
error-call-busy = الخادم مشغول. يُرجى المحاولة مرة أخرى بعد لحظات.
error-sign-in-again = يُرجى تسجيل الدخول مرة أخرى.
# A server function called without the account it needs.
error-confirmed-account-first = سجّل الدخول بحساب مؤكَّد أولًا.
