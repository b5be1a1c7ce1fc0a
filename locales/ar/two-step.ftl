# Two-step sign-in: a code from an authenticator app after the password.

two-step-title = تسجيل الدخول بخطوتين

# The second step of a sign-in (/login/code).
two-step-enter-code = أدخل الرمز الذي يعرضه تطبيق المصادقة لهذا الحساب.
two-step-code-label = الرمز
two-step-code-hint = 6 أرقام من التطبيق، أو أحد رموز الاسترداد.
two-step-start-again = البدء من جديد

# Setting it up (/settings/two-step).
two-step-setup-title = إعداد تسجيل الدخول بخطوتين
two-step-setup-scan = امسح هذا الرمز بتطبيق مصادقة على هاتفك (أي تطبيق للرموز التي تُستخدم مرة واحدة، مثل Aegis أو FreeOTP أو Google Authenticator):
# Read out by screen readers in place of the QR code.
two-step-setup-qr-label = رمز QR للمفتاح الخاص بتطبيق المصادقة
two-step-setup-type-key = لا يمكنك مسحه؟ اكتب هذا المفتاح في التطبيق بدلًا من ذلك:
two-step-code-from-app = الرمز من التطبيق
two-step-setup-code-hint = الأرقام الستة التي يعرضها التطبيق الآن لهذا الحساب.
two-step-turn-on = تفعيل
two-step-cancel = إلغاء
two-step-setup-code-wrong = هذا الرمز غير صحيح. اكتب الأرقام الستة التي يعرضها التطبيق الآن؛ وإذا استمر الخطأ، فتحقق من ساعة الهاتف.
two-step-too-many-codes = جُرّبت رموز كثيرة جدًا. يُرجى المحاولة مرة أخرى لاحقًا.

# Its section of the settings page.
two-step-off-intro = غير مفعّل. فعّله ليُطلب منك، بعد كلمة المرور، رمز من تطبيق مصادقة على هاتفك.
two-step-set-up = إعداد تطبيق مصادقة
# $count: the recovery codes not used yet (0 to 10).
two-step-on-intro = مفعّل: يطلب تسجيل الدخول رمزًا من تطبيق المصادقة. { $count ->
    [zero] لم يتبقَّ أي رمز استرداد.
    [one] تبقّى رمز استرداد واحد.
    [two] تبقّى رمزا استرداد.
    [few] تبقّت { $count } رموز استرداد.
    [many] تبقّى { $count } رمز استرداد.
   *[other] تبقّى { $count } رمز استرداد.
}
two-step-recovery-password = كلمة المرور الحالية، لإنشاء رموز استرداد جديدة
two-step-recovery-code = الرمز من التطبيق، لإنشاء رموز استرداد جديدة
two-step-recovery-hint = ستتوقف رموز الاسترداد التي لديك الآن عن العمل.
two-step-make-new-codes = إنشاء رموز استرداد جديدة
two-step-turn-off-title = إيقاف تسجيل الدخول بخطوتين
two-step-disable-password = كلمة المرور الحالية، لإيقافه
two-step-disable-hint = 6 أرقام من التطبيق، أو رمز استرداد.
two-step-turn-off = إيقاف
two-step-off-done = تم إيقاف تسجيل الدخول بخطوتين.
two-step-code-wrong = هذا الرمز غير صحيح. اكتب الأرقام الستة التي يعرضها التطبيق الآن، أو رمز استرداد.
two-step-too-many-wrong-codes = رموز خاطئة كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد بضع دقائق.

# The new recovery codes, shown once, under one of these titles.
two-step-on-title = تم تفعيل تسجيل الدخول بخطوتين
two-step-new-codes-title = رموز استرداد جديدة
two-step-codes-intro = دوّن رموز الاسترداد هذه أو اطبعها، واحتفظ بها بعيدًا عن هاتفك. كل رمز منها يتيح لك تسجيل الدخول مرة واحدة إذا فقدت التطبيق. هذه هي المرة الوحيدة التي تُعرض فيها.
two-step-back-to-settings = العودة إلى الإعدادات
