# Confirming an account's email address: the page behind an emailed link
# (`/confirm`), and `/unconfirmed`, where a signed-in account waits for it.
# A `{ $email }` is shown in bold.

confirm-ready-title = أكّد عنوان بريدك الإلكتروني
confirm-ready-text = أكّد أن { $email } هو عنوانك.
confirm-ready-submit = تأكيد عنواني
confirm-confirmed-title = تم تأكيد العنوان
confirm-confirmed-text = تم تأكيد { $email }. شكرًا لك.
confirm-continue = متابعة
# A confirmed change of address: the account now uses the new one.
confirm-changed-title = تم تغيير العنوان
confirm-changed-text = يستخدم حسابك الآن { $email }.
confirm-back-to-settings = العودة إلى الإعدادات
# The new address was taken by another account in the meantime.
confirm-taken-title = لا يمكن استخدام هذا العنوان
confirm-taken-text = يستخدم حساب آخر هذا العنوان الآن، لذا يحتفظ حسابك بعنوانه الحالي.
confirm-already-title = مؤكَّد بالفعل
confirm-already-text = استُخدم هذا الرابط من قبل، والعنوان مؤكَّد. لا حاجة إلى فعل أي شيء آخر.
confirm-sign-in = تسجيل الدخول
confirm-expired-title = انتهت صلاحية هذا الرابط
confirm-expired-text = تعمل روابط التأكيد لمدة محدودة. يمكننا أن نرسل إليك رابطًا جديدًا.
confirm-expired-resend = أرسل لي رابطًا جديدًا
# An expired link that would have changed the account's address.
confirm-expired-change-text = تعمل روابط تغيير العنوان لمدة محدودة. اطلب التغيير مرة أخرى من الإعدادات.
confirm-go-to-settings = الانتقال إلى الإعدادات
confirm-replaced-title = أُرسل رابط أحدث
confirm-replaced-text = استُبدل هذا الرابط برابط أحدث. استخدم الرابط الموجود في أحدث رسالة بريد إلكتروني أرسلناها إليك.
confirm-invalid-title = هذا الرابط غير صالح
confirm-invalid-text = قد يكون الرابط ناقصًا: انسخ الرابط كاملًا من رسالة البريد الإلكتروني، أو سجّل الدخول للحصول على رابط جديد.

# The link sent to the current address when a move to another one is asked for.
confirm-cancel-title = هل تريد الاحتفاظ بعنوان بريدك الإلكتروني؟
confirm-cancel-text = طلب شخص مسجّل الدخول إلى حسابك نقله إلى عنوان آخر. ألغِ ذلك، وسيحتفظ حسابك بهذا العنوان.
confirm-cancel-submit = إلغاء التغيير
confirm-cancel-not-you = إن لم تكن أنت، فغيّر كلمة المرور أيضًا: هناك شخص آخر يعرفها.
confirm-cancelled-title = أُلغي التغيير
confirm-cancelled-text = يحتفظ حسابك بعنوانه الحالي. لم يعد الرابط المرسل إلى العنوان الآخر يعمل.
# { $link } is a link whose text is confirm-cancelled-new-password.
confirm-cancelled-not-you = { $link } إن لم تكن قد طلبت هذا التغيير.
confirm-cancelled-new-password = اختر كلمة مرور جديدة

confirm-too-many-title = محاولات كثيرة جدًا
confirm-too-many-text = جُرّبت روابط كثيرة جدًا من شبكتك. يُرجى الانتظار قليلًا قبل المحاولة مرة أخرى.

# `/unconfirmed`: the tab's title, then the page's heading.
confirm-unconfirmed-title = أكّد بريدك الإلكتروني
confirm-unconfirmed-heading = أكّد عنوان بريدك الإلكتروني
confirm-unconfirmed-sent-to = أرسلنا رابطًا إلى { $email }. افتحه لإكمال إعداد حسابك.
confirm-code-label = أو أدخل الرمز الموجود في رسالة البريد الإلكتروني
confirm-code-hint = لرسالة بريد إلكتروني تقرؤها على جهاز آخر: 8 أحرف، مثل ABCD-1234.
confirm-code-submit = تأكيد
confirm-resend = إرسال رابط جديد
# Shown when the wait before another link is over.
confirm-resend-ready = يمكنك الآن طلب رابط جديد.
confirm-fix-summary = العنوان خاطئ؟ غيّره
confirm-fix-label = عنوان البريد الإلكتروني الصحيح
confirm-fix-submit = استخدام هذا العنوان

# What the forms on `/unconfirmed` answer. "Send a new link below" names
# the button confirm-resend.
confirm-code-too-many = جُرّبت رموز كثيرة جدًا من هذه الشبكة. يُرجى المحاولة مرة أخرى بعد قليل.
confirm-code-malformed = أدخل الأحرف الثمانية الموجودة في رسالة البريد الإلكتروني، مثل ABCD-1234.
# A wrong code, and how many more times one may be tried.
confirm-code-wrong = { $tries ->
    [zero] هذا الرمز غير صحيح، ولا يمكن تجربته مرة أخرى. اطلب رابطًا جديدًا أدناه.
    [one] هذا الرمز غير صحيح. يمكنك المحاولة مرة واحدة أخرى.
    [two] هذا الرمز غير صحيح. يمكنك المحاولة مرتين أخريين.
    [few] هذا الرمز غير صحيح. يمكنك المحاولة { $tries } مرات أخرى.
    [many] هذا الرمز غير صحيح. يمكنك المحاولة { $tries } مرة أخرى.
   *[other] هذا الرمز غير صحيح. يمكنك المحاولة { $tries } مرة أخرى.
}
confirm-code-dead = لم يعد هذا الرمز يعمل: فقد استُبدل أو انتهت صلاحيته أو جُرّب مرات كثيرة جدًا. اطلب رابطًا جديدًا أدناه واستخدم الرمز الموجود فيه.
confirm-code-address-taken = يستخدم حساب آخر هذا العنوان الآن. يُرجى تغيير عنوانك أدناه.
confirm-fix-too-many = جُرّبت عناوين كثيرة جدًا حتى الآن. يُرجى المحاولة مرة أخرى بعد قليل.
confirm-new-link-sent = أرسلنا رابطًا جديدًا إلى { $email }.
confirm-resend-too-many = طلبات كثيرة جدًا من شبكتك. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
confirm-resend-hourly-limit = أُرسلت إلى هذا الحساب عدة رسائل بريد إلكتروني خلال الساعة الماضية. يُرجى المحاولة مرة أخرى لاحقًا.
confirm-resend-wait = { $seconds ->
    [zero] أُرسل رابط قبل لحظات. يمكنك طلب رابط آخر بعد { $seconds } ثانية.
    [one] أُرسل رابط قبل لحظات. يمكنك طلب رابط آخر بعد ثانية واحدة.
    [two] أُرسل رابط قبل لحظات. يمكنك طلب رابط آخر بعد ثانيتين.
    [few] أُرسل رابط قبل لحظات. يمكنك طلب رابط آخر بعد { $seconds } ثوانٍ.
    [many] أُرسل رابط قبل لحظات. يمكنك طلب رابط آخر بعد { $seconds } ثانية.
   *[other] أُرسل رابط قبل لحظات. يمكنك طلب رابط آخر بعد { $seconds } ثانية.
}
# After "Send me a new link" on an expired link's page, whatever the account.
confirm-inbox-title = تحقّق من بريدك الوارد
confirm-inbox-text = إذا كان هذا العنوان لا يزال بحاجة إلى تأكيد، فهناك رابط جديد في طريقه إليك.
