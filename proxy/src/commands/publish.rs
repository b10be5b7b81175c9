//! `shortlist publish`: a copy of the built page for a static host, with the
//! API's origin and the Content-Security-Policy written in together (issue #14).

use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct PublishArgs {
    /// The built page (trunk's output folder).
    #[arg(long, env = "SHORTLIST_DIST", default_value = "dist")]
    dist: PathBuf,
    /// Where to write the copy to upload; the same folder as --dist rewrites it in place.
    #[arg(long)]
    out: PathBuf,
    /// The origin of the `shortlist serve` the page calls (https://screening.example.com);
    /// unset: the page's own origin.
    #[arg(long)]
    api: Option<String>,
}

pub fn run(args: PublishArgs) -> Result<(), String> {
    let published = shortlist_proxy::publish::publish(&args.dist, &args.out, args.api.as_deref())
        .map_err(|error| error.to_string())?;
    let api = published.api_origin.as_deref().unwrap_or("the page's own origin");
    println!("wrote {} (API: {api})", args.out.display());
    println!("Content-Security-Policy: {}", published.policy);
    Ok(())
}
