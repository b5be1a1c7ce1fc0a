# Registration, and the fields several forms share.

username-label = اسم المستخدم
username-hint = من 3 إلى 32 حرفًا أو رقمًا أو _ أو -. يمكن للآخرين رؤيته.
email-label = عنوان البريد الإلكتروني
password-label = كلمة المرور
password-confirm-label = تأكيد كلمة المرور
current-password = كلمة المرور الحالية

register-title = إنشاء حساب
register-submit = إنشاء الحساب
register-have-account = لديك حساب بالفعل؟
# After registering, whether or not the address was new.
register-check-inbox = تحقّق من بريدك الوارد
register-sent-to = أرسلنا رسالة بريد إلكتروني إلى { $email }.
register-open-the-link = افتح الرابط الموجود فيها لتأكيد عنوانك. قد يستغرق وصولها دقيقة؛ تحقّق أيضًا من مجلد الرسائل غير المرغوب فيها.

landing-title = مرحبًا بك
landing-heading = حسابك، كما ينبغي أن يكون.
landing-lead = أنشئ حسابًا بعنوان بريد إلكتروني مؤكَّد، وسجّل الدخول من أي جهاز، واستعد الوصول إلى حسابك إذا نسيت كلمة المرور.
landing-get-started = إنشاء حساب
landing-have-one = لديك حساب بالفعل؟

home-title = الرئيسية
home-greeting = مرحبًا، { $username }
home-signed-in = أنت مسجّل الدخول بعنوان بريد إلكتروني مؤكَّد.

# The development mailbox (development only, without an SMTP server).
dev-mail-title = صندوق بريد التطوير
dev-mail-intro = لم يُهيَّأ أي خادم SMTP، لذا يبقى البريد هنا. الأحدث أولًا.
dev-mail-empty = لم تُرسَل أي رسالة بعد.
dev-mail-line = إلى { $to } · { $status }
dev-mail-delivered = سُلّمت
dev-mail-queued = في قائمة الانتظار
dev-mail-html-view = عرض HTML
