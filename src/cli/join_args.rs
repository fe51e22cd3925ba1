//! `samtal join`'s command line, apart from the other commands' (`args.rs`).

use clap::Args;

/// Open a session as a note-taker at a table (Swedish: anslut som antecknare)
///
/// Like `open`, but as one of several note-takers sharing the session folder (see
/// README, "Several note-takers"). The screen follows the moderator: the item shown
/// is the room's current item, and a new line goes to the item shown. PgDn/PgUp move
/// only your own view (the footer says "Own view"), Alt+F follows the moderator
/// again; when the moderator moves on while you type, the line stays on its item
/// until Enter saves it there or Alt+F takes it along. This app never moves the
/// room's agenda or clock. A session that is not there yet may still be on its way
/// through the sync: wait and try again.
///
/// På svenska: öppnar en session som antecknare vid ett bord. Skärmen följer
/// samtalsledaren: punkten som visas är rummets, och en ny rad hamnar på punkten som
/// visas. PgDn/PgUp flyttar bara din egen vy, Alt+F följer samtalsledaren igen; går
/// samtalsledaren vidare medan du skriver stannar raden på sin punkt tills Enter
/// sparar den där eller Alt+F tar den med. --as NAMN skriver in dig som antecknare
/// (i minnesanteckningarna), --group GRUPP ger bordets grupp. Finns sessionen inte
/// än kan mappen vara på väg via synken: vänta och försök igen.
#[derive(Debug, Args)]
pub struct JoinArgs {
    /// Session id (see `samtal list`) or the session's folder
    #[arg(value_name = "FOLDER|ID")]
    pub session: String,
    /// Your name as note-taker, listed in the minutes (1-60 characters; given again,
    /// it replaces this computer's earlier name in the session) [default: the
    /// device's name, if `samtal device --name` set one]
    #[arg(long = "as", value_name = "NAME")]
    pub name: Option<String>,
    /// Your table's group, matched like the app's picker ("skane" finds "Region
    /// Skåne"; no match, or several, is refused with the closest names); the capture
    /// line goes back to it whenever the item changes (Tab still changes it by hand)
    #[arg(long, value_name = "NAME")]
    pub group: Option<String>,
    /// Add the --group name as a new group when the session does not have it (as
    /// `add --new-group`)
    #[arg(long)]
    pub new_group: bool,
    /// Only check that the session is there, record --as and --group, and print the
    /// session's id, folder, note-taker and group; the app is not opened
    #[arg(long)]
    pub no_tui: bool,
}
