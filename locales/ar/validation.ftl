# What the shared rules say of a username, an address or a password: on
# the server when a form is posted, and live in the browser as it is typed.

username-empty = اختر اسم مستخدم.
username-too-short = يجب ألا يقل عدد أحرف اسم المستخدم عن { $min }.
username-too-long = يجب ألا يزيد عدد أحرف اسم المستخدم على { $max }.
username-invalid-character = استخدم فقط الأحرف a-z والأرقام والرمزين _ و-.
username-taken = اسم المستخدم هذا محجوز. جرّب اسمًا آخر.
# Live, once typing pauses and the server has looked.
username-available = { $name } متاح.

email-empty = أدخل عنوان بريدك الإلكتروني.
email-too-long = يجب ألا يزيد عدد أحرف عنوان البريد الإلكتروني على { $max }.
email-missing-at = يحتاج عنوان البريد الإلكتروني إلى @ بين الاسم والنطاق.
email-local-too-long = يجب ألا يزيد عدد أحرف الجزء الذي يسبق @ على { $max }.
email-invalid-local = يحتوي الجزء الذي يسبق @ على حرف لا يمكن أن يرد في عنوان بريد إلكتروني.
email-invalid-domain = النطاق الذي يلي @ غير صالح.
# Around a button holding the corrected address: "Did you mean [ada@gmail.com]?"
email-did-you-mean-before = هل تقصد{" "}
email-did-you-mean-after = ؟

password-empty = اختر كلمة مرور.
password-too-short = يجب ألا يقل عدد الأحرف عن { $min }.
password-too-long = يجب ألا يزيد عدد الأحرف على { $max }.
password-mismatch = كلمتا المرور غير متطابقتين.
password-confirmation-matches = كلمتا المرور متطابقتان.
password-hint = 12 حرفًا على الأقل. بضع كلمات لا علاقة بينها تصنع كلمة مرور قوية.

# The strength meter under a new password.
strength-meter-label = قوة كلمة المرور
strength-label = القوة: { $label }
strength-very-weak = ضعيفة جدًا
strength-weak = ضعيفة
strength-strong = قوية
strength-very-strong = قوية جدًا
strength-accepted = كلمة مرور قوية.
strength-too-easy = من السهل جدًا تخمين كلمة المرور هذه.
strength-add-a-word = أضف كلمة أو كلمتين أخريين.
checks-too-many = عمليات تحقق كثيرة جدًا حاليًا. سيُتحقَّق من النموذج على أي حال عند إرساله.

# The strength estimator's advice (zxcvbn's own words are English only).
zxcvbn-warning-straight-rows = من السهل تخمين صفوف المفاتيح المتتالية.
zxcvbn-warning-short-keyboard-patterns = من السهل تخمين أنماط لوحة المفاتيح القصيرة.
zxcvbn-warning-repeats-aaa = من السهل تخمين التكرارات مثل «aaa».
zxcvbn-warning-repeats-abcabc = التكرارات مثل «abcabcabc» أصعب تخمينًا من «abc» بقليل فقط.
zxcvbn-warning-top-10 = هذه واحدة من أكثر 10 كلمات مرور شيوعًا.
zxcvbn-warning-top-100 = هذه واحدة من أكثر 100 كلمة مرور شيوعًا.
zxcvbn-warning-common = هذه كلمة مرور شائعة جدًا.
zxcvbn-warning-similar-to-common = هذه تشبه كلمة مرور شائعة الاستخدام.
zxcvbn-warning-sequences = من السهل تخمين التسلسلات مثل abc أو 6543.
zxcvbn-warning-recent-years = من السهل تخمين السنوات الأخيرة.
zxcvbn-warning-single-word = من السهل تخمين كلمة واحدة بمفردها.
zxcvbn-warning-dates = غالبًا ما يسهل تخمين التواريخ.
zxcvbn-warning-names = من السهل تخمين الأسماء الأولى وأسماء العائلة بمفردها.
zxcvbn-warning-common-names = من السهل تخمين الأسماء الأولى وأسماء العائلة الشائعة.
zxcvbn-suggestion-few-words = استخدم بضع كلمات، وتجنّب العبارات الشائعة.
zxcvbn-suggestion-no-need-for-symbols = لا حاجة إلى رموز أو أرقام أو أحرف كبيرة.
zxcvbn-suggestion-add-a-word = أضف كلمة أو كلمتين أخريين. الكلمات غير الشائعة أفضل.
zxcvbn-suggestion-capitalization = الأحرف الكبيرة لا تفيد كثيرًا.
zxcvbn-suggestion-all-uppercase = تخمين كلمة مكتوبة كلها بأحرف كبيرة يكاد يكون بسهولة تخمينها مكتوبةً كلها بأحرف صغيرة.
zxcvbn-suggestion-reversed-words = الكلمات المكتوبة بالمقلوب ليست أصعب تخمينًا بكثير.
zxcvbn-suggestion-substitutions = الاستبدالات المتوقعة مثل «@» بدلًا من «a» لا تفيد كثيرًا.
zxcvbn-suggestion-longer-keyboard-pattern = استخدم نمطًا أطول على لوحة المفاتيح مع تغييرات أكثر في الاتجاه.
zxcvbn-suggestion-avoid-repeats = تجنّب تكرار الكلمات والأحرف.
zxcvbn-suggestion-avoid-sequences = تجنّب التسلسلات.
zxcvbn-suggestion-avoid-recent-years = تجنّب السنوات الأخيرة.
zxcvbn-suggestion-avoid-your-years = تجنّب السنوات المرتبطة بك.
zxcvbn-suggestion-avoid-dates = تجنّب التواريخ والسنوات المرتبطة بك.
