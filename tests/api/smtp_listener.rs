//! The harness's SMTP server is a real one: a message sent with lettre over
//! a TCP connection arrives with its envelope and content intact.

use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::smtp::{MAIL_TIMEOUT, SmtpServer};

#[tokio::test]
async fn receives_a_message_sent_over_smtp() {
    let server = SmtpServer::start().await;
    let transport =
        AsyncSmtpTransport::<Tokio1Executor>::from_url(&server.url()).expect("a valid SMTP URL").build();
    let message = Message::builder()
        .from("Accounts <no-reply@accounts.test>".parse().unwrap())
        .to("ada@example.com".parse().unwrap())
        .subject("Hello")
        .body(String::from("A line.\r\n.A line that starts with a dot."))
        .unwrap();

    transport.send(message).await.expect("the server accepts the message");

    let inbox = server.wait_for(1, MAIL_TIMEOUT).await;
    assert_eq!(inbox[0].from, "no-reply@accounts.test");
    assert_eq!(inbox[0].to, vec!["ada@example.com"]);
    assert!(inbox[0].data.contains("Subject: Hello"));
    assert!(inbox[0].data.contains("\r\n.A line that starts with a dot."));
}

#[test]
fn a_quoted_printable_line_that_begins_with_dashes_stays_in_its_part() {
    // A token with "--" where quoted-printable breaks the line: the old
    // reader split the part there, and the link's token came out cut short.
    let data = "Content-Type: multipart/alternative;\r\n boundary=\"b1\"\r\n\r\n--b1\r\n\
                Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
                http://a.test/confirm?token=3Dabc=\r\n--def\r\n--b1\r\n\
                Content-Type: text/html; charset=utf-8\r\n\r\n<p>x</p>\r\n--b1--\r\n";
    let mail = crate::smtp::ReceivedMail {
        from: String::new(),
        to: Vec::new(),
        data: data.to_owned(),
        over_tls: false,
    };
    assert_eq!(mail.text_part().trim_end(), "http://a.test/confirm?token=abc--def");
    assert_eq!(mail.html_part().trim_end(), "<p>x</p>");
}
