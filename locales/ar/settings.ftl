# The settings page (/settings) and what its forms answer.

settings-title = الإعدادات

settings-password-title = كلمة المرور
settings-new-password = كلمة المرور الجديدة
settings-confirm-new-password = تأكيد كلمة المرور الجديدة
settings-new-password-hint = 12 حرفًا على الأقل. سيُسجَّل الخروج من المتصفحات الأخرى.
settings-change-password = تغيير كلمة المرور
settings-password-changed = تم تغيير كلمة المرور. وسُجِّل الخروج من المتصفحات الأخرى.
# Beside a current-password field, when it was wrong.
settings-wrong-password = هذه ليست كلمة مرورك الحالية.
settings-too-many-passwords = كلمات مرور خاطئة كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد بضع دقائق.

settings-email-title = البريد الإلكتروني
settings-email-current = يستخدم حسابك العنوان { $email }.
settings-new-email = البريد الإلكتروني الجديد
settings-email-password-hint = يسري العنوان الجديد عندما تفتح الرابط الذي نرسله إليه.
settings-change-email = تغيير البريد الإلكتروني
settings-email-already-yours = هذا هو عنوانك بالفعل.
settings-email-too-many = طُلب تغيير العنوان مرات كثيرة جدًا. يُرجى المحاولة مرة أخرى لاحقًا.
settings-email-link-sent = أرسلنا رابطًا إلى { $email }. يتغير عنوانك عندما تفتحه.

# The browsers signed in to the account, each named by what it calls
# itself ($browser, such as "Mozilla/5.0 (X11; Linux x86_64) …").
settings-sessions-title = الأماكن التي سجّلت الدخول منها
settings-session-this-browser = { $browser } (هذا المتصفح)
settings-only-browser = هذا هو المتصفح الوحيد الذي سُجِّل الدخول منه.
# A button; $count is at least 1.
settings-sign-out-others = { $count ->
    [zero] تسجيل الخروج من الجلسات الأخرى
    [one] تسجيل الخروج من الجلسة الأخرى
    [two] تسجيل الخروج من الجلستين الأخريين
    [few] تسجيل الخروج من { $count } جلسات أخرى
    [many] تسجيل الخروج من { $count } جلسة أخرى
   *[other] تسجيل الخروج من { $count } جلسة أخرى
}
settings-signed-out-others = { $count ->
    [zero] لم يُسجَّل الخروج من أي جلسة أخرى.
    [one] سُجِّل الخروج من جلسة أخرى واحدة.
    [two] سُجِّل الخروج من جلستين أخريين.
    [few] سُجِّل الخروج من { $count } جلسات أخرى.
    [many] سُجِّل الخروج من { $count } جلسة أخرى.
   *[other] سُجِّل الخروج من { $count } جلسة أخرى.
}

# The language of the pages, and of the emails the account is sent.
settings-language-title = اللغة
settings-language-intro = تستخدم صفحات حسابك ورسائله الإلكترونية هذه اللغة.
settings-language-label = لغة حسابك
settings-language-save = حفظ اللغة

# A day, such as "30 Nov 2026": when a passkey was added or last used.
settings-date = { $day } { $month } { $year }
settings-month-jan = يناير
settings-month-feb = فبراير
settings-month-mar = مارس
settings-month-apr = أبريل
settings-month-may = مايو
settings-month-jun = يونيو
settings-month-jul = يوليو
settings-month-aug = أغسطس
settings-month-sep = سبتمبر
settings-month-oct = أكتوبر
settings-month-nov = نوفمبر
settings-month-dec = ديسمبر
