# Said in the browser by the page's scripts, in words the server rendered.

# The wait before another confirmation link can be asked for, ticking down.
countdown-new-link = { $seconds ->
    [zero] يمكنك طلب رابط آخر بعد { $seconds } ثانية.
    [one] يمكنك طلب رابط آخر بعد ثانية واحدة.
    [two] يمكنك طلب رابط آخر بعد ثانيتين.
    [few] يمكنك طلب رابط آخر بعد { $seconds } ثوانٍ.
    [many] يمكنك طلب رابط آخر بعد { $seconds } ثانية.
   *[other] يمكنك طلب رابط آخر بعد { $seconds } ثانية.
}

# A passkey ceremony that ended in the browser.
passkey-browser-no-answer = حدث خطأ ما. يُرجى المحاولة مرة أخرى.
passkey-browser-not-added = لم يُضف أي مفتاح مرور: أُغلقت نافذة المتصفح أو انتهت مهلتها.
passkey-browser-held-already = يحتوي هذا الجهاز بالفعل على مفتاح مرور لهذا الحساب.
passkey-browser-not-used = لم يُستخدم أي مفتاح مرور: أُغلقت نافذة المتصفح أو انتهت مهلتها.
