# Resetting a forgotten password: asking for a link (`/forgot`), the page
# that takes the code from the email, and choosing the new password
# through the link. A `{ $email }` is shown in bold.

reset-forgot-title = هل نسيت كلمة المرور؟
reset-forgot-intro = أدخل عنوان حسابك، وسنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
reset-forgot-submit = أرسل لي رابطًا
reset-back-to-sign-in = العودة إلى تسجيل الدخول

# The same page whether or not an account has the address. Its title is
# also named in the reset email ("Or enter this code on the … page").
reset-code-title = تحقّق من بريدك الوارد
reset-sent-to = إذا كان هناك حساب يستخدم { $email }، فقد أرسلنا إليه رابطًا لاختيار كلمة مرور جديدة، ورمزًا.
reset-sent = إذا كان هناك حساب يستخدم العنوان الذي أدخلته، فقد أرسلنا إليه رابطًا لاختيار كلمة مرور جديدة، ورمزًا.
reset-code-intro = افتح الرابط، أو أدخل الرمز هنا إذا كان الرابط يُفتح على جهاز آخر. يعمل كلاهما لمدة قصيرة ومرة واحدة فقط.
reset-code-label = الرمز الموجود في رسالة البريد الإلكتروني
reset-code-hint = 8 أحرف، مثل ABCD-1234.
reset-code-submit = متابعة
# { $link } is a link back to `/forgot` whose text is reset-ask-again.
reset-nothing-arrived = لم يصلك شيء؟ تحقّق من مجلد الرسائل غير المرغوب فيها، أو { $link } بعد دقيقة.
reset-ask-again = اطلب مرة أخرى
reset-code-too-many = جُرّبت رموز كثيرة جدًا من هذه الشبكة. يُرجى المحاولة مرة أخرى بعد قليل.
reset-code-malformed = أدخل الأحرف الثمانية الموجودة في رسالة البريد الإلكتروني، مثل ABCD-1234.
reset-code-wrong = هذا الرمز غير صحيح، أو لم يعد يعمل. تحقّق من أحدث رسالة بريد إلكتروني منّا، أو اطلب رابطًا جديدًا.

# The page behind the emailed link.
reset-form-title = اختر كلمة مرور جديدة
reset-new-password = كلمة المرور الجديدة
reset-confirm-new-password = تأكيد كلمة المرور الجديدة
reset-submit = تغيير كلمة المرور
reset-expired-title = انتهت صلاحية هذا الرابط
reset-expired-text = تعمل روابط إعادة التعيين لمدة قصيرة. اطلب رابطًا جديدًا.
reset-used-title = استُخدم هذا الرابط من قبل
reset-used-text = يعمل كل رابط لإعادة التعيين مرة واحدة فقط. إذا كنت لا تزال بحاجة إلى كلمة مرور جديدة، فاطلب رابطًا جديدًا.
reset-replaced-title = أُرسل رابط أحدث
reset-replaced-text = استُبدل هذا الرابط برابط أحدث، أو تغيّرت كلمة المرور منذ ذلك الحين. استخدم أحدث رسالة بريد إلكتروني، أو اطلب مرة أخرى.
reset-too-many-title = محاولات كثيرة جدًا
reset-too-many-text = جُرّبت روابط كثيرة جدًا من شبكتك. يُرجى الانتظار قليلًا قبل المحاولة مرة أخرى.
reset-invalid-title = هذا الرابط غير صالح
reset-invalid-text = قد يكون الرابط ناقصًا: انسخ الرابط كاملًا من رسالة البريد الإلكتروني، أو اطلب رابطًا جديدًا.
reset-new-link = أرسل لي رابطًا جديدًا
