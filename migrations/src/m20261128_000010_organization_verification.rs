//! Verification of organisations by institutions, and the register check (ARES / Handelsregister).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER TABLE.
        for column in [
            ColumnDef::new(Organizations::VerifiedAt)
                .timestamp_with_time_zone()
                .null()
                .to_owned(),
            ColumnDef::new(Organizations::VerifiedByOrganization)
                .uuid()
                .null()
                .to_owned(),
            ColumnDef::new(Organizations::VerifiedByUser)
                .uuid()
                .null()
                .to_owned(),
            ColumnDef::new(Organizations::RegisterCheckedAt)
                .timestamp_with_time_zone()
                .null()
                .to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Organizations::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            Organizations::RegisterCheckedAt,
            Organizations::VerifiedByUser,
            Organizations::VerifiedByOrganization,
            Organizations::VerifiedAt,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Organizations::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Organizations {
    Table,
    VerifiedAt,
    VerifiedByOrganization,
    VerifiedByUser,
    RegisterCheckedAt,
}
