# رسائل البريد الإلكتروني (انظر locales/en/email.ftl لشرح المفاتيح).
# الروابط داخل الجمل أسماءٌ (مثل «تسجيل الدخول») تأتي بعد «فبادر إلى».

email-hello = مرحبًا { $username }،
email-paste-link = أو الصق هذا الرابط في متصفحك:

## confirm_address

email-confirm-address-subject = أكّد عنوان بريدك الإلكتروني
email-confirm-address-ask = يُرجى تأكيد أن هذا هو عنوان بريدك الإلكتروني.
email-confirm-address-ask-text = يُرجى تأكيد أن هذا هو عنوان بريدك الإلكتروني:
email-confirm-address-button = تأكيد عنواني
email-confirm-address-or-code = أو أدخل هذا الرمز حيث سجّلت الدخول إلى حسابك الجديد:
email-confirm-address-valid = يعمل الرابط والرمز لمدة { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    }. إن لم تُنشئ حسابًا، فتجاهل هذه الرسالة ولن يحدث شيء.

## confirm_new_address

email-confirm-new-address-subject = أكّد عنوان بريدك الإلكتروني الجديد
email-confirm-new-address-ask = أكّد أن حسابك سيستخدم هذا العنوان من الآن فصاعدًا.
email-confirm-new-address-ask-text = أكّد أن حسابك سيستخدم هذا العنوان من الآن فصاعدًا:
email-confirm-new-address-button = استخدام هذا العنوان
email-confirm-new-address-or-code = أو أدخل هذا الرمز حيث سجّلت الدخول إلى حسابك:
email-confirm-new-address-valid-with-code = يعمل الرابط والرمز لمدة { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    }. إن لم تطلب ذلك، فتجاهل هذه الرسالة.
email-confirm-new-address-valid = يعمل الرابط لمدة { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    }. إن لم تطلب ذلك، فتجاهل هذه الرسالة.

## reset_password

email-reset-password-subject = اختر كلمة مرور جديدة
email-reset-password-asked = طلب أحدهم إعادة تعيين كلمة المرور لحسابك. إن كنت أنت، فاختر كلمة مرور جديدة:
email-reset-password-button = اختيار كلمة مرور جديدة
email-reset-password-or-code = أو أدخل هذا الرمز في صفحة «تحقّق من بريدك الوارد» التي قدّمت منها الطلب:
email-reset-password-valid = يعمل الرابط والرمز لمدة { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }، ولمرة واحدة فقط. إن لم تطلب ذلك، فتجاهل هذه الرسالة: ستبقى كلمة المرور كما هي.

## finish_registration

email-finish-registration-subject = أكمل إنشاء حسابك
email-finish-registration-body = استُخدم هذا العنوان لإنشاء حساب أكثر من مرة قبل تأكيده، لذا لم تُحفظ أي كلمة مرور. اختر كلمة مرورك لتأكيد العنوان وإكمال التسجيل:
email-finish-registration-button = اختيار كلمة المرور
email-finish-registration-valid = يعمل الرابط لمدة { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }، ولمرة واحدة فقط. إن لم تُنشئ حسابًا، فتجاهل هذه الرسالة.

## already_registered

email-already-registered-subject = حاول أحدهم التسجيل بعنوانك
email-already-registered-body = حاول أحدهم، وربما أنت، إنشاء حساب جديد بعنوان البريد الإلكتروني هذا. لديك حساب بالفعل، لذا لم يُنشأ حساب ثانٍ.
email-already-registered-button = تسجيل الدخول
email-already-registered-sign-in-text = تسجيل الدخول:
email-already-registered-forgot = هل نسيت كلمة المرور؟ { $choose }.
email-already-registered-forgot-link = اختر كلمة مرور جديدة
email-already-registered-forgot-text = هل نسيت كلمة المرور؟
email-already-registered-ignore = إن لم تكن أنت، فيمكنك تجاهل هذه الرسالة: لم يتغيّر شيء في حسابك.

## password_changed

email-password-changed-subject = تم تغيير كلمة المرور
email-password-changed-body = تم للتو تغيير كلمة المرور لحسابك، وسُجّل الخروج من كل المتصفحات التي كانت مسجّلة الدخول.
email-password-changed-act = إن لم تكن أنت، فبادر الآن إلى { $reset }.
email-password-changed-reset-link = إعادة تعيين كلمة المرور
email-password-changed-act-text = إن لم تكن أنت، فبادر الآن إلى إعادة تعيين كلمة المرور:

## email_change_requested

email-change-requested-subject = عنوان بريدك الإلكتروني على وشك أن يتغيّر
email-change-requested-asked = طلب شخص مسجّل الدخول إلى حسابك استخدام { $new_email } بدلًا من هذا العنوان. لن يتم التغيير إلا عند فتح الرابط المُرسَل إلى ذلك العنوان.
email-change-requested-act = إن لم تكن أنت، فاحتفظ بهذا العنوان: { $cancel }، ثم غيّر كلمة المرور.
email-change-requested-cancel-link = ألغِ التغيير
email-change-requested-act-text = إن لم تكن أنت، فاحتفظ بهذا العنوان بإلغاء التغيير:
email-change-requested-then-text = ثم غيّر كلمة المرور.

## second_factor_on

email-second-factor-on-subject = تم تفعيل تسجيل الدخول بخطوتين
email-second-factor-on-body = تم للتو تفعيل تسجيل الدخول بخطوتين لحسابك: سيُطلب منك الآن عند تسجيل الدخول رمز من تطبيق المصادقة بعد كلمة المرور.
email-second-factor-on-act = إن لم تكن أنت، فبادر إلى { $turn_off }، ثم غيّر كلمة المرور.
email-second-factor-on-turn-off-link = تسجيل الدخول وتعطيله
email-second-factor-on-act-text = إن لم تكن أنت، فسجّل الدخول وعطّله، ثم غيّر كلمة المرور:

## second_factor_off

email-second-factor-off-subject = تم تعطيل تسجيل الدخول بخطوتين
email-second-factor-off-body = تم للتو تعطيل تسجيل الدخول بخطوتين لحسابك: لن يُطلب منك عند تسجيل الدخول سوى كلمة المرور.
email-second-factor-off-act = إن لم تكن أنت، فبادر الآن إلى { $reset }، ثم أعد تفعيله.
email-second-factor-off-reset-link = إعادة تعيين كلمة المرور
email-second-factor-off-act-text = إن لم تكن أنت، فبادر الآن إلى إعادة تعيين كلمة المرور، ثم أعد تفعيله:

## passkey_added

email-passkey-added-subject = أُضيف مفتاح مرور إلى حسابك
email-passkey-added-body = أُضيف للتو إلى حسابك مفتاح مرور باسم «{ $name }»: يتيح تسجيل الدخول دون كلمة مرور.
email-passkey-added-body-text = أُضيف للتو إلى حسابك مفتاح مرور باسم «{ $name }»: يتيح تسجيل الدخول دون كلمة مرور.
email-passkey-added-act = إن لم تكن أنت، فبادر إلى { $sign_in } وحذفه وتغيير كلمة المرور.
email-passkey-added-sign-in-link = تسجيل الدخول
email-passkey-added-act-text = إن لم تكن أنت، فسجّل الدخول واحذفه وغيّر كلمة المرور:

## passkey_removed

email-passkey-removed-subject = أُزيل مفتاح مرور من حسابك
email-passkey-removed-body = أُزيل للتو من حسابك مفتاح المرور المسمّى «{ $name }»: لم يعد يتيح تسجيل الدخول.
email-passkey-removed-body-text = أُزيل للتو من حسابك مفتاح المرور المسمّى «{ $name }»: لم يعد يتيح تسجيل الدخول.
email-passkey-removed-act = إن لم تكن أنت، فبادر إلى { $sign_in } وتغيير كلمة المرور.
email-passkey-removed-sign-in-link = تسجيل الدخول
email-passkey-removed-act-text = إن لم تكن أنت، فسجّل الدخول وغيّر كلمة المرور:

## recovery_codes_replaced

email-recovery-codes-replaced-subject = أُنشئت رموز استرداد جديدة
email-recovery-codes-replaced-body = أُنشئت للتو مجموعة جديدة من رموز الاسترداد لحسابك. لم تعد الرموز التي كانت لديك من قبل تعمل.
email-recovery-codes-replaced-act = إن لم تكن أنت، فبادر إلى { $sign_in } وتغيير كلمة المرور، ثم تعطيل تسجيل الدخول بخطوتين وإعادة تفعيله.
email-recovery-codes-replaced-sign-in-link = تسجيل الدخول
email-recovery-codes-replaced-act-text = إن لم تكن أنت، فسجّل الدخول وغيّر كلمة المرور، ثم عطّل تسجيل الدخول بخطوتين وأعد تفعيله:

## recovery_code_used

email-recovery-code-used-subject = استُخدم رمز استرداد
email-recovery-code-used-body = استُخدم للتو رمز استرداد لتسجيل الدخول إلى حسابك بدلًا من رمز من تطبيق المصادقة. { $left ->
        [0] لم يتبقَّ لديك أي رمز استرداد.
        [one] تبقّى لديك رمز استرداد واحد.
        [two] تبقّى لديك رمزا استرداد.
        [few] تبقّى لديك { $left } رموز استرداد.
        [many] تبقّى لديك { $left } رمز استرداد.
       *[other] تبقّى لديك { $left } رمز استرداد.
    }
email-recovery-code-used-renew = { $make_set } قبل أن تنفد.
email-recovery-code-used-make-set-link = أنشئ مجموعة جديدة في الإعدادات
email-recovery-code-used-renew-text = أنشئ مجموعة جديدة في الإعدادات قبل أن تنفد:
email-recovery-code-used-not-you = إن لم تكن أنت، فغيّر كلمة المرور هناك فورًا.
