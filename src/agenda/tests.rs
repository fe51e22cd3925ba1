use super::*;

#[test]
fn builtin_agenda_is_valid_and_adds_up_to_ninety_minutes() {
    let agenda = Agenda::builtin().unwrap();
    assert_eq!(agenda.items.len(), 10);
    assert_eq!(agenda.total_minutes(), 90);
    let ids: Vec<&str> = agenda.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "welcome",
            "background",
            "challenge-1",
            "challenge-2",
            "challenge-3",
            "challenge-4",
            "challenge-5",
            "question-1",
            "question-2",
            "wrap-up"
        ]
    );
    for item in &agenda.items {
        assert!((2..=4).contains(&item.prompts.len()), "{}", item.id);
        assert!(!item.title.sv.is_empty() && !item.title.en.is_empty());
        assert!(!item.text.sv.is_empty() && !item.text.en.is_empty());
    }
}

#[test]
fn builtin_agenda_quotes_the_invitation_word_for_word() {
    let agenda = Agenda::builtin().unwrap();
    let verbatim = [
        (
            "challenge-1",
            "Integrationsprocessen för nyanlända är ineffektiv och långsam",
        ),
        (
            "challenge-2",
            "Glapp i arbetskrafts- och kompetensförsörjningen",
        ),
        ("challenge-3", "Brister i utbildningssystemet för nyanlända"),
        (
            "challenge-4",
            "Brist på bostäder och problem med trångboddhet",
        ),
        (
            "challenge-5",
            "Samverkan – otydlighet i roller, mandat och ansvar",
        ),
        (
            "question-1",
            "Utifrån er roll och verksamhet, hur ser du och din organisation på hur ni skulle kunna bidra ytterligare för att uppnå en effektivare integrering för regional tillväxt?",
        ),
        (
            "question-2",
            "Hur skulle din organisation kunna använda EU:s strukturfonder som en resurs i arbetet med en förbättrad integration?",
        ),
        (
            "background",
            "Sammanställningen visar att integrationsfrågor är prioriterade men komplexa i det regionala tillväxtarbetet.",
        ),
    ];
    for (id, words) in verbatim {
        let item = agenda.item(id).unwrap();
        assert!(item.text.sv.contains(words), "{id} lacks {words:?}");
    }
}

fn agenda_with(items: &str) -> String {
    format!(
        r#"{{"format":"samtal-agenda","version":1,"id":"x","title":{{"sv":"T"}},"items":{items}}}"#
    )
}

#[test]
fn refuses_duplicate_ids_naming_the_item() {
    let json = agenda_with(
        r#"[{"id":"a","kind":"question","title":{"sv":"A"},"timebox_minutes":5},
           {"id":"a","kind":"question","title":{"sv":"B"},"timebox_minutes":5}]"#,
    );
    let err = Agenda::from_json(&json, "f.json").unwrap_err();
    assert_eq!(err.to_string(), "f.json: item 2 (id \"a\"): duplicate id");
}

#[test]
fn refuses_a_zero_timebox_and_an_empty_agenda() {
    let zero =
        agenda_with(r#"[{"id":"a","kind":"question","title":{"sv":"A"},"timebox_minutes":0}]"#);
    assert!(
        Agenda::from_json(&zero, "f")
            .unwrap_err()
            .reason
            .contains("timebox_minutes must be")
    );
    let empty = agenda_with("[]");
    assert!(
        Agenda::from_json(&empty, "f")
            .unwrap_err()
            .reason
            .contains("no items")
    );
}

#[test]
fn control_characters_in_agenda_texts_are_refused() {
    let json = agenda_with(
        r#"[{"id":"a","kind":"question","title":{"sv":"A\u001b[2J"},"timebox_minutes":5}]"#,
    );
    let err = Agenda::from_json(&json, "f").unwrap_err();
    assert!(err.reason.contains("control character"), "{}", err.reason);
    let fine = agenda_with(
        r#"[{"id":"a","kind":"question","title":{"sv":"A"},"text":{"sv":"Ett\n\n- två"},"timebox_minutes":5}]"#,
    );
    assert!(Agenda::from_json(&fine, "f").is_ok());
}

#[test]
fn a_syntax_error_gives_line_and_column() {
    let err = Agenda::from_json("{\n  \"format\": oops\n}", "f.json").unwrap_err();
    assert!(err.reason.starts_with("line 2, column"), "{}", err.reason);
}

fn item_with(field: &str) -> String {
    agenda_with(&format!(
        "[{{\"id\":\"a\",\"kind\":\"question\",\"title\":{{\"sv\":\"A\"}},{field}}}]"
    ))
}

#[test]
fn a_timebox_that_is_not_whole_minutes_is_said_in_plain_words() {
    for bad in ["2.5", "\"5\"", "-3", "true"] {
        let json = item_with(&format!("\"timebox_minutes\":{bad}"));
        let err = Agenda::from_json(&json, "f").unwrap_err();
        assert!(
            err.reason
                .contains("timebox must be a whole number of minutes, e.g. 10"),
            "{bad}: {}",
            err.reason
        );
        assert!(!err.reason.contains("u32"), "{}", err.reason);
    }
}

#[test]
fn a_bad_date_names_the_format_and_an_unknown_field_its_own_line() {
    let json = "{\"format\":\"samtal-agenda\",\"version\":1,\"id\":\"x\",\"title\":{\"sv\":\"T\"},\
                \"date\":\"20 nov 2015\",\"items\":[]}";
    let err = Agenda::from_json(json, "f").unwrap_err();
    assert!(err.reason.contains("YYYY-MM-DD"), "{}", err.reason);
    let json = agenda_with(
        "[\n{\"id\":\"a\",\"kind\":\"question\",\n\"title\":{\"sv\":\"A\"},\n\"minutes\":5,\n\"timebox_minutes\":5}]",
    );
    let err = Agenda::from_json(&json, "f").unwrap_err();
    assert!(err.reason.starts_with("line 4,"), "{}", err.reason);
    assert!(
        err.reason.contains("unknown field `minutes`"),
        "{}",
        err.reason
    );
}

#[test]
fn a_break_is_an_item_kind() {
    let json =
        agenda_with(r#"[{"id":"fika","kind":"break","title":{"sv":"Fika"},"timebox_minutes":15}]"#);
    let agenda = Agenda::from_json(&json, "f").unwrap();
    assert_eq!(agenda.items[0].kind, ItemKind::Break);
    assert_eq!(agenda.total_minutes(), 15);
}

#[test]
fn a_missing_field_is_named() {
    let json = agenda_with(r#"[{"id":"a","kind":"question","title":{"sv":"A"}}]"#);
    let err = Agenda::from_json(&json, "f").unwrap_err();
    assert!(err.reason.contains("timebox_minutes"), "{}", err.reason);
}
