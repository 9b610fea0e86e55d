use std::fmt;
use std::str::FromStr;

/// Platform-wide role of a user account (organisation roles live with organisations).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A registered person, usually working for an SME.
    #[default]
    Member,
    /// Staff of a chamber, development agency, cluster or university.
    InstitutionStaff,
    /// Operator of the platform.
    PlatformAdmin,
}

impl Role {
    /// Stable snake_case name, as stored and sent.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::InstitutionStaff => "institution_staff",
            Role::PlatformAdmin => "platform_admin",
        }
    }
}

impl FromStr for Role {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "member" => Ok(Role::Member),
            "institution_staff" => Ok(Role::InstitutionStaff),
            "platform_admin" => Ok(Role::PlatformAdmin),
            other => Err(format!("unknown role `{other}`")),
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
