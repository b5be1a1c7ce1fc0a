# Passkeys: their section of the settings page, and what adding, renaming,
# removing and signing in with one answer.

passkey-title = مفاتيح المرور
passkey-intro = يتيح لك مفتاح المرور تسجيل الدخول بقفل شاشة جهازك أو بمفتاح أمان، بدلًا من كلمة المرور.

passkey-new-name-label = اسم مفتاح المرور الجديد
passkey-new-name-hint = لتمييز مفاتيح المرور بعضها من بعض، مثل «حاسوب العمل».
passkey-name-rule = أعطه اسمًا لا يتجاوز 60 حرفًا.
passkey-add-password = كلمة المرور الحالية، لإضافته
passkey-add = إضافة مفتاح مرور
passkey-needs-javascript = تتطلب إضافة مفتاح مرور تفعيل JavaScript ومتصفحًا يدعم مفاتيح المرور.

passkey-none-yet = لا توجد مفاتيح مرور بعد.
passkey-list-title = مفاتيح المرور الخاصة بك
# After a passkey's name in the list, with a space before the dot. $added
# and $date are days (settings-date); $used is one of the two below.
passkey-listed = {" "}· أُضيف في { $added }، { $used }
passkey-never-used = لم يُستخدم قط
passkey-last-used = آخر استخدام في { $date }

# Above the list of the account's passkeys, on the rename and remove forms.
passkey-choice-label = مفتاح المرور
passkey-rename-title = إعادة تسمية مفتاح مرور
passkey-new-name = الاسم الجديد
passkey-rename = إعادة التسمية
passkey-remove-title = إزالة مفتاح مرور
passkey-remove-password = كلمة المرور الحالية، لإزالته
passkey-remove = إزالة

# $name is the passkey's name, as its owner typed it.
passkey-added = تمت إضافة مفتاح المرور «{ $name }».
passkey-renamed = أُعيدت التسمية إلى «{ $name }».
passkey-removed = تمت إزالة مفتاح المرور «{ $name }».

passkey-not-checked = تعذّر التحقق من مفتاح المرور هذا. يُرجى المحاولة مرة أخرى.
passkey-added-already = مفتاح المرور هذا مضاف بالفعل.
passkey-not-this-accounts = مفتاح المرور هذا ليس من مفاتيح هذا الحساب.
passkey-too-late = استغرق ذلك وقتًا طويلًا جدًا. يُرجى المحاولة مرة أخرى.
passkey-too-many = محاولات كثيرة جدًا من شبكتك. يُرجى المحاولة مرة أخرى لاحقًا.
passkey-unavailable = مفاتيح المرور غير متاحة على هذا الموقع.
# One answer for every way signing in with a passkey fails.
passkey-not-accepted = لم يُقبل مفتاح المرور هذا هنا. سجّل الدخول بكلمة المرور بدلًا من ذلك.
