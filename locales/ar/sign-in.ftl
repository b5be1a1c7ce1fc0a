# The sign-in page (/login), and what signing in answers.

sign-in-title = تسجيل الدخول
sign-in-login-label = البريد الإلكتروني أو اسم المستخدم
sign-in-remember = تذكرني على هذا الجهاز
sign-in-submit = تسجيل الدخول
sign-in-with-passkey = تسجيل الدخول بمفتاح مرور
sign-in-forgot = هل نسيت كلمة المرور؟
sign-in-create-account = إنشاء حساب

# Notices the page shows on arriving from elsewhere.
sign-in-password-changed = تم تغيير كلمة المرور. سجّل الدخول بكلمة المرور الجديدة.
sign-in-took-too-long = استغرق تسجيل الدخول هذا وقتًا طويلًا جدًا. يُرجى تسجيل الدخول مرة أخرى.

# One answer for every wrong email, username or password, so that it tells
# nobody which accounts exist.
sign-in-failed = البريد الإلكتروني أو اسم المستخدم أو كلمة المرور غير صحيح.
# $minutes: how long to wait, in whole minutes (at least 1).
sign-in-too-many-from-network = محاولات تسجيل دخول كثيرة جدًا من شبكتك. يُرجى المحاولة مرة أخرى بعد { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}.
# "Forgot your password?" is the link below the form (sign-in-forgot).
sign-in-name-paused = محاولات فاشلة كثيرة جدًا: أُوقف تسجيل الدخول بهذا الاسم مؤقتًا لمدة { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}. إذا نسيت كلمة المرور، فاختر كلمة جديدة الآن عبر «هل نسيت كلمة المرور؟» أدناه.

# The second step, a code from the authenticator app or a recovery code.
sign-in-code-wrong = هذا الرمز غير صحيح. اكتب الأرقام الستة التي يعرضها تطبيقك الآن، أو رمز استرداد.
sign-in-account-paused = محاولات كثيرة جدًا: أُوقف تسجيل الدخول إلى هذا الحساب مؤقتًا لمدة { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}.
