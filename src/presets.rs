//! Group presets to pick from when a session starts (assets/groups/).

use crate::agenda::Text;
use serde::Deserialize;

const PRESET_FILES: [&str; 3] = [
    include_str!("../assets/groups/regioner.json"),
    include_str!("../assets/groups/grupper.json"),
    include_str!("../assets/groups/myndigheter.json"),
];

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct GroupPreset {
    pub id: String,
    pub name: Text,
    pub groups: Vec<String>,
}

/// The built-in presets. A preset that does not parse is a build defect (a test
/// checks them all); it is skipped rather than crashing the app.
pub fn group_presets() -> Vec<GroupPreset> {
    PRESET_FILES
        .iter()
        .filter_map(|json| serde_json::from_str(json).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_parses_and_the_regions_are_all_there() {
        let presets = group_presets();
        assert_eq!(presets.len(), PRESET_FILES.len());
        let regions = presets.iter().find(|p| p.id == "regioner").unwrap();
        assert_eq!(regions.groups.len(), 21);
        assert!(regions.groups.contains(&"Region Skåne".to_string()));
        assert!(
            regions
                .groups
                .contains(&"Västra Götalandsregionen".to_string())
        );
    }
}
