# Around every page: the site's name, its navigation and its footer.

app-name = Accounts
# The browser tab's title: the page's own title, then the site's name.
page-title = { $page } · Accounts
nav-label = الحساب
nav-settings = الإعدادات
nav-sign-out = تسجيل الخروج
nav-sign-in = تسجيل الدخول
nav-register = إنشاء حساب
footer-built-with = بُني بلغة Rust باستخدام Leptos وaxum وsqlx.

# The footer's language switcher. Each language is named in itself.
language-name = العربية
language-label = اللغة
language-choose = تغيير
language-unknown = هذا الموقع غير متوفر بهذه اللغة.
